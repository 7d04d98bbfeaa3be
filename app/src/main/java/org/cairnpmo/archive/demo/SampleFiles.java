package org.cairnpmo.archive.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.cairnpmo.platform.documents.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * Real files made on the spot, so the repository holds no binaries: PDF (OpenHTMLtoPDF through the
 * platform's renderer), Word and Excel (Apache POI), and Markdown. For the demo's documents and
 * templates.
 */
@Component
public class SampleFiles {

  private final PdfRenderer pdf;

  SampleFiles(PdfRenderer pdf) {
    this.pdf = pdf;
  }

  /** A section of a document: a heading and its paragraphs. */
  public record Section(String heading, List<String> paragraphs) {}

  public byte[] pdf(String title, String subtitle, List<Section> sections) {
    return pdf.render(
        "archive/sample-document",
        Map.of("title", title, "subtitle", subtitle, "sections", sections));
  }

  public static byte[] docx(String title, String subtitle, List<Section> sections) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph head = doc.createParagraph();
      head.setAlignment(ParagraphAlignment.LEFT);
      XWPFRun run = head.createRun();
      run.setBold(true);
      run.setFontSize(18);
      run.setText(title);
      XWPFRun meta = doc.createParagraph().createRun();
      meta.setItalic(true);
      meta.setText(subtitle);
      for (Section section : sections) {
        XWPFRun h = doc.createParagraph().createRun();
        h.setBold(true);
        h.setFontSize(13);
        h.setText(section.heading());
        for (String p : section.paragraphs()) {
          doc.createParagraph().createRun().setText(p);
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook of one sheet: a header row, then the rows (numbers stay numbers). */
  public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(sheetName);
      Row top = sheet.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        top.createCell(c).setCellValue(header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue(String.valueOf(v));
          }
        }
      }
      for (int c = 0; c < header.size(); c++) {
        // Fixed widths: measuring text needs the fonts of a desktop.
        sheet.setColumnWidth(c, (c == 0 ? 34 : 16) * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] markdown(String title, List<Section> sections) {
    StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
    for (Section section : sections) {
      md.append("## ").append(section.heading()).append("\n\n");
      for (String p : section.paragraphs()) {
        md.append(p).append("\n\n");
      }
    }
    return md.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
