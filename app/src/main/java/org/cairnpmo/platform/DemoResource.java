package org.cairnpmo.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The texts of the demo data, kept in YAML files under {@code demo/} on the class path so that the
 * loaders hold the rules of the demo and the files its words. Plain YAML only: maps, lists, text,
 * numbers and booleans.
 */
public final class DemoResource {

  private DemoResource() {}

  /** The entries of a YAML file whose top level is a list of maps. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> entries(String name) {
    return (List<Map<String, Object>>) load(name);
  }

  /** The texts of a YAML file whose top level maps names to lists of texts or of rows of texts. */
  @SuppressWarnings("unchecked")
  public static Texts texts(String name) {
    return new Texts(name, (Map<String, Object>) load(name));
  }

  /** Named lists of texts, and tables whose rows are lists of texts. */
  public record Texts(String file, Map<String, Object> byName) {

    @SuppressWarnings("unchecked")
    public String[] list(String name) {
      return ((List<String>) found(name)).toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    public String[][] table(String name) {
      return ((List<List<String>>) found(name))
          .stream().map(row -> row.toArray(String[]::new)).toArray(String[][]::new);
    }

    private Object found(String name) {
      Object value = byName.get(name);
      if (value == null) {
        throw new IllegalStateException("The demo file " + file + " has no " + name);
      }
      return value;
    }
  }

  private static Object load(String name) {
    try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("The demo file " + name + " cannot be read", e);
    }
  }
}
