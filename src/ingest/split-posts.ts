// Splits the secretariat's news text into posts: a title line, a blank line, a paragraph, repeated. A file
// whose posts have several paragraphs separates posts with a line of three dashes (---): each section is then
// one post, its title line and every paragraph after it. Paragraphs may be cut off mid-sentence; kept as they are.
import type { IngestProblem } from './ingest-problems.js';
import { problems } from './ingest-problems.js';

export interface NewsPost {
  title: string;
  /** The paragraphs, each one's lines joined by single spaces, paragraphs by a blank line ('' when none). */
  body: string;
  /** 1-based line of the title in the news text, so a report points at the post. */
  line: number;
  problems: IngestProblem[];
}

/** Titles are short; a longer "title" is most likely a paragraph whose title is missing. */
const LONGEST_TITLE = 250;

interface Block {
  lines: string[];
  line: number;
  /** A separator line (---), which is a block of its own. */
  separator: boolean;
}

/** A line of three or more dashes alone: the end of a post of several paragraphs. */
const SEPARATOR = /^-{3,}$/;

export function splitPosts(text: string): NewsPost[] {
  const blocks = toBlocks(text);
  return blocks.some((block) => block.separator) ? sectionPosts(blocks) : pairedPosts(blocks);
}

/** Separated posts: title line, then every paragraph up to the next separator. */
function sectionPosts(blocks: readonly Block[]): NewsPost[] {
  const posts: NewsPost[] = [];
  let section: Block[] = [];
  const close = () => {
    const [first, ...rest] = section;
    section = [];
    if (!first) return;
    const [title = '', ...firstLines] = first.lines;
    const paragraphs = [firstLines, ...rest.map((block) => block.lines)].filter((lines) => lines.length > 0).map((lines) => lines.join(' '));
    posts.push(checked({ title, body: paragraphs.join('\n\n'), line: first.line, problems: [] }));
  };
  for (const block of blocks) {
    if (block.separator) close();
    else section.push(block);
  }
  close();
  return posts;
}

function checked(post: NewsPost): NewsPost {
  if (!post.body) post.problems.push(problems.noParagraph());
  if (post.title.length > LONGEST_TITLE) post.problems.push(problems.titleLooksLikeParagraph());
  return post;
}

/** The plain format: title, paragraph, title, paragraph. */
function pairedPosts(blocks: readonly Block[]): NewsPost[] {
  const posts: NewsPost[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const [title = '', ...rest] = block.lines;
    const post: NewsPost = { title, body: '', line: block.line, problems: [] };
    if (rest.length > 0) {
      // No blank line between title and paragraph: the first line is still the title.
      post.body = rest.join(' ');
    } else {
      const next = blocks[index + 1];
      if (next) {
        post.body = next.lines.join(' ');
        index++;
      }
    }
    posts.push(checked(post));
  }
  return posts;
}

function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line) {
        current = null;
        return;
      }
      if (SEPARATOR.test(line)) {
        blocks.push({ lines: [], line: index + 1, separator: true });
        current = null;
        return;
      }
      if (!current) {
        current = { lines: [], line: index + 1, separator: false };
        blocks.push(current);
      }
      current.lines.push(line);
    });
  return blocks;
}
