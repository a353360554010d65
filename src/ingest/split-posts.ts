// Splits the secretariat's news text into posts: a title line, a blank line, a paragraph, repeated.
// Paragraphs may be cut off mid-sentence at the source; they are kept as they are.
import type { IngestProblem } from './ingest-problems.js';
import { problems } from './ingest-problems.js';

export interface NewsPost {
  title: string;
  /** The paragraph, its lines joined by single spaces ('' when the post has none). */
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
}

export function splitPosts(text: string): NewsPost[] {
  const posts: NewsPost[] = [];
  const blocks = toBlocks(text);
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
    if (!post.body) post.problems.push(problems.noParagraph());
    if (title.length > LONGEST_TITLE) post.problems.push(problems.titleLooksLikeParagraph());
    posts.push(post);
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
      if (!current) {
        current = { lines: [], line: index + 1 };
        blocks.push(current);
      }
      current.lines.push(line);
    });
  return blocks;
}
