package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What an upload is, from its content (Apache Tika's detectors: magic bytes, and the inside of
 * Office and ZIP containers), and whether the archive keeps it. Programs are refused, however they
 * are named: Windows (PE), Linux (ELF) and macOS (Mach-O) binaries, Java classes, and scripts that
 * start with a shebang; so are names of programs. A content whose type differs from what its name's
 * extension says (a PDF named .docx) is refused too: the name is what people open it by.
 */
@Component
public class FileTypes {

  private static final Set<String> PROGRAM_EXTENSIONS =
      Set.of(
          "exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1", "vbs", "vbe", "wsf", "sh", "bash",
          "zsh", "csh", "ksh", "elf", "so", "dylib", "app", "jar", "class", "apk", "bin", "run");

  private static final Set<String> PROGRAM_TYPES =
      Set.of(
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-executable",
          "application/x-elf",
          "application/x-sharedlib",
          "application/x-object",
          "application/x-coredump",
          "application/x-mach-o",
          "application/x-mach-o-executable",
          "application/x-mach-o-dylib",
          "application/x-mach-o-bundle",
          "application/x-msi",
          "application/x-ms-installer",
          "application/java-vm",
          "application/java-archive",
          "application/x-sh",
          "application/x-shellscript",
          "application/x-bat",
          "application/x-csh");

  private final Tika tika = new Tika();
  private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

  /** The file's type, detected from its content; refuses programs and mismatched names. */
  public String check(Path file, String name) {
    String extension = extension(name);
    if (PROGRAM_EXTENSIONS.contains(extension)) {
      throw refused(name + " is named as a program (." + extension + ")");
    }
    byte[] head = head(file);
    String signature = programSignature(head);
    if (signature != null) {
      throw refused(name + " is a program (" + signature + ")");
    }
    MediaType content = detect(file);
    if (PROGRAM_TYPES.contains(content.getBaseType().toString())) {
      throw refused(name + " is a program (" + content.getBaseType() + ")");
    }
    MediaType named = MediaType.parse(tika.detect(name));
    return agreed(name, content.getBaseType(), named == null ? null : named.getBaseType())
        .toString();
  }

  /** The type both the content and the name agree on, the more precise of the two. */
  private MediaType agreed(String name, MediaType content, MediaType named) {
    if (named == null || named.equals(MediaType.OCTET_STREAM) || named.equals(content)) {
      return content;
    }
    if (registry.isSpecializationOf(named, content)) {
      // The content says "text" or "a ZIP", the name says which: CSV, Markdown, an ODF file.
      return named;
    }
    if (registry.isSpecializationOf(content, named)) {
      return content;
    }
    if (content.equals(MediaType.TEXT_PLAIN) && textual(named)) {
      return named;
    }
    throw InvalidInputException.of(
        "file",
        "The content of "
            + name
            + " is "
            + describe(content)
            + ", not what its name says ("
            + describe(named)
            + "). Send the file under its own name.");
  }

  private static boolean textual(MediaType type) {
    String subtype = type.getSubtype();
    return type.getType().equals("text")
        || subtype.endsWith("+xml")
        || subtype.endsWith("json")
        || subtype.equals("xml");
  }

  private String describe(MediaType type) {
    return type.toString();
  }

  private MediaType detect(Path file) {
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return tika.getDetector().detect(in, new Metadata());
    } catch (IOException | RuntimeException e) {
      // A container too damaged to look into is just bytes: its name must then not claim more.
      return MediaType.OCTET_STREAM;
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kind of program whose magic bytes start {@code head}, or null. */
  static String programSignature(byte[] head) {
    if (starts(head, 'M', 'Z')) {
      return "a Windows executable";
    }
    if (starts(head, 0x7F, 'E', 'L', 'F')) {
      return "a Linux or Unix executable";
    }
    if (starts(head, 0xFE, 0xED, 0xFA, 0xCE)
        || starts(head, 0xFE, 0xED, 0xFA, 0xCF)
        || starts(head, 0xCE, 0xFA, 0xED, 0xFE)
        || starts(head, 0xCF, 0xFA, 0xED, 0xFE)
        || starts(head, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "a macOS executable or a Java class";
    }
    if (starts(head, '#', '!')) {
      return "a script";
    }
    return null;
  }

  private static boolean starts(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static InvalidInputException refused(String why) {
    return InvalidInputException.of(
        "file", "Cairn keeps documents, not programs: " + why + ". Send the document itself.");
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The name a file is kept under: without any folder a browser sent along, at most 255 characters,
   * no control characters.
   */
  static String cleanName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw InvalidInputException.of("file", "Choose a file to upload.");
    }
    if (name.chars().anyMatch(c -> Character.isISOControl(c))) {
      throw InvalidInputException.of("file", "The file name contains control characters.");
    }
    if (name.length() > 255) {
      throw InvalidInputException.of("file", "The file name is longer than 255 characters.");
    }
    return name;
  }
}
