package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * The text of a file, as Apache Tika's parsers read it (PDF, Word, Excel, PowerPoint, plain text),
 * at most {@link #MAX_CHARS} characters of it; empty for what has no text or cannot be read.
 */
@Component
public class TextExtraction {

  /** About 300 pages: enough for any search, never the whole of a huge file in memory. */
  public static final int MAX_CHARS = 1_000_000;

  private final Tika tika = new Tika();

  public String text(InputStream in, String fileName) {
    Metadata metadata = new Metadata();
    metadata.set("resourceName", fileName);
    try {
      return tika.parseToString(in, metadata, MAX_CHARS).strip();
    } catch (IOException | TikaException e) {
      return "";
    }
  }
}
