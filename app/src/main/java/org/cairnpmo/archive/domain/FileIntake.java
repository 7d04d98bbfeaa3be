package org.cairnpmo.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Receives an upload: streams it into a temporary file in small buffers (never the whole file in
 * memory), stops as soon as it is over the limit, hashes it, and checks its name and type ({@link
 * FileTypes}). Whatever goes wrong, the temporary file is gone before the exception leaves.
 */
@Component
public class FileIntake {

  private final ArchiveSettings settings;
  private final FileTypes types;

  FileIntake(ArchiveSettings settings, FileTypes types) {
    this.settings = settings;
    this.types = types;
  }

  /** The upload, checked; the caller closes it once the bytes are stored. */
  public ReceivedFile receive(InputStream in, String originalName) {
    return receive(in, originalName, settings.maxUploadSize().toBytes());
  }

  ReceivedFile receive(InputStream in, String originalName, long limit) {
    String name = FileTypes.cleanName(originalName);
    Path temp = null;
    try {
      temp = Files.createTempFile("cairn-upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (InputStream digesting = new DigestInputStream(in, sha);
          OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = digesting.read(buffer)) != -1) {
          size += read;
          if (size > limit) {
            throw new MaxUploadSizeExceededException(limit);
          }
          out.write(buffer, 0, read);
        }
      }
      if (size == 0) {
        throw InvalidInputException.of("file", "The file '" + name + "' is empty.");
      }
      String type = types.check(temp, name);
      return new ReceivedFile(temp, name, size, HexFormat.of().formatHex(sha.digest()), type);
    } catch (IOException e) {
      delete(temp);
      throw InvalidInputException.of(
          "file", "The upload of '" + name + "' broke off; nothing was kept. Send it again.");
    } catch (RuntimeException e) {
      delete(temp);
      throw e;
    } catch (NoSuchAlgorithmException e) {
      delete(temp);
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void delete(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // The system's temporary directory cleans up after it.
      }
    }
  }
}
