package org.cairnpmo.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and rewrites bundles in tests: as another Cairn, or someone tampering, would. */
final class BundleFiles {

  private BundleFiles() {}

  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The bundle with one section's JSON text changed by {@code edit}, and its manifest made to match
   * again: a bundle as another Cairn could have written it.
   */
  static byte[] rewritten(byte[] zip, String section, UnaryOperator<String> edit, JsonMapper json) {
    Map<String, byte[]> entries = entries(zip);
    String file = section + ".json";
    byte[] changed =
        edit.apply(new String(entries.get(file), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    entries.put(file, changed);
    ObjectNode manifest = (ObjectNode) json.readTree(entries.get("manifest.json"));
    for (JsonNode s : manifest.path("sections")) {
      if (s.path("file").asString().equals(file)) {
        ((ObjectNode) s).put("sha256", sha256(changed)).put("size_bytes", changed.length);
      }
    }
    entries.put("manifest.json", json.writeValueAsBytes(manifest));
    return zip(entries);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
