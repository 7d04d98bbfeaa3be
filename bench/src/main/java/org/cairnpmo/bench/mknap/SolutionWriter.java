package org.cairnpmo.bench.mknap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes {@code OUT/<file>-<index>.sol}: the chosen item numbers (from 1), one per line. */
public final class SolutionWriter {

  private final Path folder;

  public SolutionWriter(Path folder) throws IOException {
    this.folder = Files.createDirectories(folder);
  }

  public Path write(MknapInstance instance, List<Integer> items) throws IOException {
    Path target = folder.resolve(instance.file() + "-" + instance.index() + ".sol");
    String body = items.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    Files.writeString(target, items.isEmpty() ? "" : body + "\n");
    return target;
  }
}
