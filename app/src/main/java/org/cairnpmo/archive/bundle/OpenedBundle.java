package org.cairnpmo.archive.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A bundle that passed every check, unpacked into a temporary directory (each file under a name of
 * its own, never the name the ZIP gives it); closing it removes the directory.
 */
record OpenedBundle(
    String fileName,
    JsonNode manifest,
    Map<String, Path> sections,
    Map<String, Path> files,
    Path dir)
    implements AutoCloseable {

  Optional<Path> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  String projectCode() {
    return manifest.path("project").path("code").asString("");
  }

  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(OpenedBundle::deleteQuietly);
    } catch (IOException ignored) {
      // A directory of the system's temporary directory: it goes with the next clean-up.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // As above.
    }
  }
}
