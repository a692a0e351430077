/**
 * The articles draft as a Word file. Imported only when the user asks for the download, so the
 * docx library never loads with the page.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { DRAFT_NOTICE, STATUS_LABEL, type Articles } from './articles.ts';

export async function articlesToDocx(articles: Articles, withNotes = true): Promise<Blob> {
  const children: Paragraph[] = [
    new Paragraph({ text: articles.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: DRAFT_NOTICE, italics: true })] }),
  ];
  articles.clauses.forEach((c, i) => {
    children.push(new Paragraph({ text: `§ ${i + 1}. ${c.heading}`, heading: HeadingLevel.HEADING_2 }));
    c.paragraphs.forEach((p, j) => children.push(new Paragraph({ text: c.paragraphs.length > 1 ? `Stk. ${j + 1}. ${p}` : p })));
    if (withNotes)
      children.push(new Paragraph({ children: [new TextRun({ text: `${STATUS_LABEL[c.status]}. `, bold: true, italics: true }), new TextRun({ text: c.basis, italics: true })] }));
  });
  const doc = new Document({ creator: 'Fælles Værdier', title: articles.title, language: 'da-DK', sections: [{ children }] } as ConstructorParameters<typeof Document>[0]);
  return Packer.toBlob(doc);
}
