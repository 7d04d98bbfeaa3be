package org.cairnpmo.archive.web;

import java.io.IOException;
import java.io.InputStream;
import org.cairnpmo.archive.bundle.BundleImport;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded bundle handed to the import as a stream. */
final class BundleUploads {

  private BundleUploads() {}

  static BundleImport.Imported importFrom(
      BundleImport imports, MultipartFile file, String code, CurrentUser by) {
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("file", "Choose the bundle (a ZIP file) to import.");
    }
    try (InputStream in = file.getInputStream()) {
      return imports.importBundle(in, file.getOriginalFilename(), code, by);
    } catch (IOException e) {
      throw InvalidInputException.of(
          "file", "The upload broke off; nothing was imported. Send the bundle again.");
    }
  }
}
