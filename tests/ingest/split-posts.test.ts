// Cutting news text into posts: the documented format and the ways real files stray from it.
import { describe, expect, it } from 'vitest';
import { splitPosts } from '../../src/ingest/split-posts.js';

describe('splitPosts', () => {
  it('reads title, blank line, paragraph, repeated, with the title line numbers', () => {
    const posts = splitPosts('\nFirst title\n\nFirst paragraph.\n\nSecond title\n\nSecond paragraph, cut off at the\n');
    expect(posts.map(({ title, body, line }) => ({ title, body, line }))).toEqual([
      { title: 'First title', body: 'First paragraph.', line: 2 },
      { title: 'Second title', body: 'Second paragraph, cut off at the', line: 6 },
    ]);
  });

  it('accepts Windows line ends, a byte order mark and extra blank lines', () => {
    const posts = splitPosts('\uFEFFFirst title\r\n\r\n\r\nFirst paragraph.\r\n\r\n\r\n\r\nSecond title\r\n\r\nSecond paragraph.');
    expect(posts.map((post) => post.title)).toEqual(['First title', 'Second title']);
    expect(posts.every((post) => post.problems.length === 0)).toBe(true);
  });

  it('joins a paragraph wrapped over several lines', () => {
    expect(splitPosts('Title\n\nA paragraph\nwrapped   over\nlines.')[0]?.body).toBe('A paragraph wrapped over lines.');
  });

  it('takes the first line as the title when the blank line is missing', () => {
    const posts = splitPosts('First title\nFirst paragraph.\n\nSecond title\n\nSecond paragraph.');
    expect(posts.map(({ title, body }) => [title, body])).toEqual([['First title', 'First paragraph.'], ['Second title', 'Second paragraph.']]);
  });

  it('reports a last post with no paragraph', () => {
    const posts = splitPosts('Title\n\nParagraph.\n\nLonely title\n');
    expect(posts[1]).toMatchObject({ title: 'Lonely title', body: '' });
    expect(posts[1]?.problems.map((problem) => problem.code)).toEqual(['no-paragraph']);
  });

  it('flags a "title" that is really a paragraph', () => {
    const posts = splitPosts(`${'A very long line that reads like a paragraph. '.repeat(8)}\n\nNext block`);
    expect(posts[0]?.problems.map((problem) => problem.code)).toContain('title-looks-like-paragraph');
  });

  it('gives no posts for empty text', () => {
    expect(splitPosts(' \n\n ')).toEqual([]);
  });
});

describe('splitPosts with posts of several paragraphs', () => {
  const text = [
    'First title', '', 'First paragraph', 'wrapped.', '', 'Second paragraph.', '', '---', '',
    'Second title', '', 'Only paragraph.', '---', 'Third title', 'Paragraph right under the title.', '', 'And one more.', '',
  ].join('\n');

  it('reads each section between --- lines as one post, paragraphs separated by a blank line', () => {
    expect(splitPosts(text).map(({ title, body, line }) => ({ title, body, line }))).toEqual([
      { title: 'First title', body: 'First paragraph wrapped.\n\nSecond paragraph.', line: 1 },
      { title: 'Second title', body: 'Only paragraph.', line: 10 },
      { title: 'Third title', body: 'Paragraph right under the title.\n\nAnd one more.', line: 14 },
    ]);
  });

  it('ignores empty sections and reports a section with only a title', () => {
    const posts = splitPosts('---\n\nTitle\n\nParagraph.\n---\n---\nLonely title\n---\n');
    expect(posts.map((post) => post.title)).toEqual(['Title', 'Lonely title']);
    expect(posts[1]?.problems.map((problem) => problem.code)).toEqual(['no-paragraph']);
  });

  it('keeps the plain format when no --- line appears: a dash inside a line is no separator', () => {
    const posts = splitPosts('Title one\n\nA paragraph --- with dashes.\n\nTitle two\n\nAnother paragraph.');
    expect(posts.map((post) => post.title)).toEqual(['Title one', 'Title two']);
  });
});
