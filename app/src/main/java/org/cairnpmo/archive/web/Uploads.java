package org.cairnpmo.archive.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.ReceivedFile;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/** A multipart file handed to the archive's intake as a stream. */
final class Uploads {

  private Uploads() {}

  /**
   * Receives the file and hands it to {@code keep}; the temporary copy goes afterwards, whether it
   * was kept or not.
   */
  static <T> T keep(FileIntake intake, MultipartFile file, Function<ReceivedFile, T> keep) {
    try (ReceivedFile received = receive(intake, file)) {
      return keep.apply(received);
    }
  }

  static ReceivedFile receive(FileIntake intake, MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("file", "Choose a file to upload.");
    }
    try (InputStream in = file.getInputStream()) {
      return intake.receive(in, file.getOriginalFilename());
    } catch (IOException e) {
      throw InvalidInputException.of(
          "file", "The upload broke off; nothing was kept. Send the file again.");
    }
  }
}
