/**
 * The articles draft as a Word file a founding meeting can adopt: clean articles in Danish (document
 * language da-DK), § and Stk. numbered by Word's own numbering (so they renumber when a clause is
 * added or removed, in Word and LibreOffice), the "Krav/Valg" guidance as Word comments instead of
 * running text, and an adoption and signature block. Imported only when the user asks for the
 * download, so the docx library never loads with the page.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ICommentOptions,
} from 'docx';
import { DRAFT_NOTICE, STATUS_LABEL, type Articles } from './articles.ts';

/** The numbering definition's name: level 0 is "§ 1.", level 1 "Stk. 1." (restarting under each §). */
export const NUMBERING = 'vedtaegt-paragraffer';

const AUTHOR = 'Fælles Værdier';

/** A paragraph whose whole text carries a Word comment. */
function commented(
  id: number,
  paragraph: { text: string; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; numbering?: { reference: string; level: number } },
) {
  return new Paragraph({
    heading: paragraph.heading,
    numbering: paragraph.numbering,
    keepNext: true,
    children: [
      new CommentRangeStart(id),
      new TextRun(paragraph.text),
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ],
  });
}

export function articlesDocument(articles: Articles, withNotes = true): Document {
  const comments: ICommentOptions[] = [];
  const note = (text: string) => {
    comments.push({ id: comments.length, author: AUTHOR, initials: 'FV', children: [new Paragraph(text)] });
    return comments.length - 1;
  };
  const children: Paragraph[] = [
    withNotes
      ? commented(note(DRAFT_NOTICE), { text: articles.title, heading: HeadingLevel.TITLE })
      : new Paragraph({ text: articles.title, heading: HeadingLevel.TITLE }),
  ];
  for (const c of articles.clauses) {
    const heading = { text: c.heading, heading: HeadingLevel.HEADING_2, numbering: { reference: NUMBERING, level: 0 } };
    children.push(
      withNotes ? commented(note(`${STATUS_LABEL[c.status]}. ${c.basis}`), heading) : new Paragraph({ ...heading, keepNext: true }),
    );
    for (const p of c.paragraphs)
      children.push(new Paragraph({ text: p, ...(c.paragraphs.length > 1 ? { numbering: { reference: NUMBERING, level: 1 } } : {}) }));
  }
  children.push(new Paragraph({ text: articles.adoption.adopted, spacing: { before: 480, after: 240 }, keepNext: true }));
  for (const who of articles.adoption.signatures)
    children.push(
      new Paragraph({ text: '_'.repeat(40), spacing: { before: 600 }, keepNext: true }),
      new Paragraph({ children: [new TextRun({ text: who, size: 20 })] }),
    );

  return new Document({
    creator: AUTHOR,
    title: articles.title,
    description: DRAFT_NOTICE,
    styles: {
      default: {
        document: { run: { language: { value: 'da-DK' }, font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120 } } },
        heading2: { paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    comments: { children: comments },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '§ %1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 0, hanging: 0 } } },
            },
            {
              level: 1,
              format: LevelFormat.DECIMAL,
              text: 'Stk. %2.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 0, hanging: 0 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
}

export async function articlesToDocx(articles: Articles, withNotes = true): Promise<Blob> {
  return Packer.toBlob(articlesDocument(articles, withNotes));
}
