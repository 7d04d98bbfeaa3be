package org.cairnpmo.planning.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded MS Project or Primavera file with MPXJ in bounded memory: the upload is copied
 * to a temporary file (refused past {@code cairn.planning.import.max-bytes}), MPXJ's {@link
 * UniversalProjectReader} recognises the format from the content (MPP, MPX, MSPDI, XER, PMXML and
 * the other formats it reads), and the temporary file is deleted whatever happens.
 *
 * <p>Archives (ZIP, GZIP) and SQLite databases are refused before MPXJ sees them: an archive would
 * be unpacked to disk unchecked, and the SQLite driver is not shipped. Every failure of MPXJ
 * becomes a {@link PlanFileException} naming the file: broken, password protected, empty or
 * unsupported.
 */
@Component
public class PlanFileReader {

  private static final Logger log = LoggerFactory.getLogger(PlanFileReader.class);

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] GZIP = {0x1f, (byte) 0x8b};
  private static final byte[] SQLITE = "SQLite format 3".getBytes(StandardCharsets.US_ASCII);

  private final long maxBytes;

  PlanFileReader(@Value("${cairn.planning.import.max-bytes:10485760}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The largest file this reader accepts, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The plan in the uploaded file {@code filename}. */
  public ProjectFile read(String filename, InputStream content) {
    Path copy = null;
    try {
      copy = Files.createTempFile("cairn-plan-", ".upload");
      long size = copyAtMost(content, copy, filename);
      if (size == 0) {
        throw new PlanFileException(filename, "is empty.");
      }
      refuseContainers(filename, copy);
      return parse(filename, copy);
    } catch (IOException e) {
      throw new PlanFileException(filename, "could not be read completely. Upload it again.");
    } finally {
      delete(copy);
    }
  }

  private long copyAtMost(InputStream content, Path copy, String filename) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = content;
        OutputStream out = Files.newOutputStream(copy)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          throw new PlanFileException(
              filename,
              "is larger than "
                  + megabytes(maxBytes)
                  + ". Cairn imports plans of at most that size.",
              true);
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  private static void refuseContainers(String filename, Path copy) throws IOException {
    byte[] head = new byte[16];
    int read;
    try (InputStream in = Files.newInputStream(copy)) {
      read = in.readNBytes(head, 0, head.length);
    }
    byte[] start = Arrays.copyOf(head, read);
    if (startsWith(start, ZIP) || startsWith(start, GZIP)) {
      throw new PlanFileException(
          filename,
          "is a compressed archive. Unpack it and upload the MS Project or Primavera file itself.");
    }
    if (startsWith(start, SQLITE)) {
      throw new PlanFileException(
          filename,
          "is a database (SQLite), which Cairn does not import. Export the project from Primavera"
              + " as XER or PMXML and upload that file.");
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static ProjectFile parse(String filename, Path copy) {
    ProjectFile file;
    try {
      file = new UniversalProjectReader().read(copy.toFile());
    } catch (MPXJException e) {
      throw new PlanFileException(filename, explain(e));
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // MPXJ's readers fail on a damaged file in many ways; none of them is Cairn's error
      log.info("Plan file {} could not be parsed: {}", filename, e.toString());
      throw new PlanFileException(filename, broken());
    }
    if (file == null) {
      throw new PlanFileException(
          filename,
          "is not a plan file Cairn can read. Upload an MS Project file (MPP or XML) or a"
              + " Primavera export (XER or PMXML).");
    }
    if (file.getTasks().isEmpty()) {
      throw new PlanFileException(filename, "holds no tasks.");
    }
    return file;
  }

  static String explain(MPXJException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("password")) {
      return "is protected by a password. Save it without a password in MS Project and upload it"
          + " again.";
    }
    if (message.contains("encrypt")) {
      return "is encrypted. Save it without encryption and upload it again.";
    }
    log.info("Plan file could not be read: {}", e.toString());
    return broken();
  }

  private static String broken() {
    return "is damaged or not a complete MS Project or Primavera file, and could not be read.";
  }

  private static void delete(Path copy) {
    if (copy == null) {
      return;
    }
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      log.warn("Temporary plan file {} could not be deleted: {}", copy, e.toString());
    }
  }
}
