package org.cairnpmo.archive.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.cairnpmo.archive.domain.ArchiveSettings;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives an uploaded bundle and checks it before anything is imported: it is a ZIP within the
 * upload limit, with a manifest this Cairn reads, sections it knows in schema versions it reads,
 * and every file the manifest names present with the size and SHA-256 the manifest gives; a ZIP
 * entry the manifest does not name is refused too. Each refusal names what is wrong. The bundle is
 * streamed to disk (never held whole in memory) and unpacked file by file, each bounded by the size
 * its manifest declares.
 */
@Component
class BundleReader {

  private static final long MANIFEST_LIMIT = 1024 * 1024;

  private final ArchiveSettings settings;
  private final BundleSections sections;
  private final JsonMapper json;

  BundleReader(ArchiveSettings settings, BundleSections sections, JsonMapper json) {
    this.settings = settings;
    this.sections = sections;
    this.json = json;
  }

  OpenedBundle open(InputStream upload, String fileName) {
    String name = fileName == null || fileName.isBlank() ? "bundle.zip" : fileName.strip();
    long limit = settings.maxUploadSize().toBytes();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("cairn-bundle-");
      Path zipFile = dir.resolve("bundle.zip");
      copy(upload, zipFile, limit, () -> new MaxUploadSizeExceededException(limit));
      OpenedBundle opened = unpack(zipFile, name, dir, limit);
      Files.delete(zipFile);
      return opened;
    } catch (IOException e) {
      cleanUp(dir);
      throw refused("The upload of '" + name + "' broke off; nothing was imported. Send it again.");
    } catch (RuntimeException e) {
      cleanUp(dir);
      throw e;
    }
  }

  private OpenedBundle unpack(Path zipPath, String name, Path dir, long limit) throws IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(zipPath.toFile());
    } catch (ZipException e) {
      throw refused("'" + name + "' is not a ZIP file, so it is no Cairn archive bundle.");
    }
    try (zip) {
      ZipEntry manifestEntry = zip.getEntry(Manifest.FILE);
      if (manifestEntry == null) {
        throw refused(
            "'" + name + "' has no manifest.json: it is not a Cairn archive bundle, or not whole.");
      }
      JsonNode manifest = manifest(zip, manifestEntry);
      int layout = manifest.path("bundle_schema_version").asInt(0);
      if (layout < 1 || layout > Manifest.SCHEMA_VERSION) {
        throw refused(
            "The manifest says bundle schema version "
                + manifest.path("bundle_schema_version").asString("(none)")
                + "; this Cairn reads versions 1 to "
                + Manifest.SCHEMA_VERSION
                + ".");
      }
      if (manifest.path("project").path("code").asString("").isBlank()) {
        throw refused("The manifest names no project code.");
      }
      long budget = 20 * limit;
      Set<String> named = new HashSet<>(Set.of(Manifest.FILE));
      Map<String, Path> sectionFiles = new LinkedHashMap<>();
      int index = 0;
      for (JsonNode s : manifest.path("sections")) {
        String section = s.path("name").asString("");
        ProjectRecordsSection known =
            sections
                .named(section)
                .orElseThrow(
                    () ->
                        refused(
                            "The bundle has a section '"
                                + section
                                + "' this Cairn does not know; it was made by a newer or another"
                                + " system."));
        int version = s.path("schema_version").asInt(0);
        if (version < 1 || version > known.schemaVersion()) {
          throw refused(
              "The section '"
                  + section
                  + "' has schema version "
                  + version
                  + "; this Cairn reads versions 1 to "
                  + known.schemaVersion()
                  + ".");
        }
        String file = s.path("file").asString("");
        Path target = dir.resolve("s" + index++ + ".json");
        budget -= extract(zip, file, s, target, budget);
        named.add(file);
        sectionFiles.put(section, target);
      }
      if (!sectionFiles.containsKey("projects")) {
        throw refused("The bundle has no 'projects' section: it names no project to import.");
      }
      Map<String, Path> files = new LinkedHashMap<>();
      for (JsonNode f : manifest.path("files")) {
        String path = f.path("path").asString("");
        Path target = dir.resolve("f" + index++ + ".bin");
        budget -= extract(zip, path, f, target, budget);
        named.add(path);
        files.put(path, target);
      }
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && !named.contains(entry.getName())) {
          throw refused(
              "The bundle holds '"
                  + entry.getName()
                  + "', which its manifest does not name: it was changed after it was made.");
        }
      }
      return new OpenedBundle(name, manifest, sectionFiles, files, dir);
    } catch (ZipException e) {
      throw refused("'" + name + "' is a damaged ZIP file: " + e.getMessage() + ".");
    }
  }

  private JsonNode manifest(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes((int) MANIFEST_LIMIT + 1);
      if (bytes.length > MANIFEST_LIMIT) {
        throw refused("manifest.json is larger than a manifest can be.");
      }
      JsonNode manifest = json.readTree(bytes);
      if (manifest == null || !manifest.isObject()) {
        throw refused("manifest.json is not a JSON object.");
      }
      return manifest;
    } catch (JacksonException e) {
      throw refused("manifest.json is not valid JSON.");
    }
  }

  /** Unpacks one named file, checking its size and SHA-256; returns its size. */
  private long extract(ZipFile zip, String path, JsonNode listed, Path target, long budget)
      throws IOException {
    ZipEntry entry = path.isEmpty() ? null : zip.getEntry(path);
    if (entry == null) {
      throw refused("The manifest names '" + path + "', which the bundle lacks.");
    }
    long declared = listed.path("size_bytes").asLong(-1);
    String sha = listed.path("sha256").asString("");
    if (declared < 0 || declared > budget) {
      throw refused("The manifest gives '" + path + "' a size this Cairn does not accept.");
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    long size;
    try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
      size =
          copy(
              in,
              target,
              declared,
              () -> refused("'" + path + "' is larger than its manifest says: it was changed."));
    }
    if (size != declared || !HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(sha)) {
      throw refused(
          "The checksum of '"
              + path
              + "' does not match its manifest: the bundle was changed or damaged after it was"
              + " made. Nothing was imported.");
    }
    return size;
  }

  private static long copy(
      InputStream in, Path target, long limit, java.util.function.Supplier<RuntimeException> over)
      throws IOException {
    long size = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = in.read(buffer)) != -1) {
        size += read;
        if (size > limit) {
          throw over.get();
        }
        out.write(buffer, 0, read);
      }
    }
    return size;
  }

  static InvalidInputException refused(String message) {
    return InvalidInputException.of("file", message);
  }

  private static void cleanUp(Path dir) {
    if (dir != null) {
      new OpenedBundle("", null, Map.of(), Map.of(), dir).close();
    }
  }
}
