package org.cairnpmo.archive.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a closed project's bundle as a ZIP to a stream: one JSON file per section, the files the
 * sections name (document versions), the final report as PDF, and last the manifest with every
 * file's SHA-256. Entries go out as they are made; only one section's JSON is in memory at a time,
 * never the bundle.
 */
@Service
public class BundleWriter {

  private final ProjectsApi projects;
  private final BundleSections sections;
  private final FinalReport report;
  private final JsonMapper json;
  private final Clock clock;

  BundleWriter(
      ProjectsApi projects,
      BundleSections sections,
      FinalReport report,
      JsonMapper json,
      Clock clock) {
    this.projects = projects;
    this.sections = sections;
    this.report = report;
    this.json = json;
    this.clock = clock;
  }

  /** The project's bundle's file name; refuses (404, 403, 409) as {@link #write} does. */
  @Transactional(readOnly = true)
  public String fileName(long projectId, CurrentUser by) {
    return fileName(BundleAccess.closedProject(projects, projectId, by));
  }

  static String fileName(ProjectView project) {
    return "cairn-bundle-" + project.code().toLowerCase(java.util.Locale.ROOT) + ".zip";
  }

  /** Writes the bundle of the closed project to {@code out}, which it finishes but leaves open. */
  @Transactional(readOnly = true)
  public void write(long projectId, CurrentUser by, OutputStream out) {
    ProjectView project = BundleAccess.closedProject(projects, projectId, by);
    ObjectNode manifest = json.createObjectNode();
    manifest.put("bundle_schema_version", Manifest.SCHEMA_VERSION);
    manifest.put("cairn_version", Manifest.cairnVersion());
    manifest.put("exported_at", clock.instant().toString());
    manifest.put("exported_by", by.username());
    manifest
        .putObject("project")
        .put("code", project.code())
        .put("name", project.name())
        .put("original_id", project.id());
    ArrayNode listed = manifest.putArray("sections");
    ArrayNode files = manifest.putArray("files");
    try {
      ZipOutputStream zip = new ZipOutputStream(out);
      Map<String, Integer> counts = new java.util.LinkedHashMap<>();
      for (ProjectRecordsSection section : sections.inOrder()) {
        ObjectNode content = json.createObjectNode();
        content.put("section", section.name());
        content.put("schema_version", section.schemaVersion());
        int records = section.write(projectId, content);
        counts.put(section.name(), records);
        String file = section.name() + ".json";
        HashingStream entry = entry(zip, file);
        json.writerWithDefaultPrettyPrinter().writeValue(entry, content);
        listed
            .addObject()
            .put("name", section.name())
            .put("schema_version", section.schemaVersion())
            .put("file", file)
            .put("records", records)
            .put("sha256", entry.sha256())
            .put("size_bytes", entry.size());
        for (ProjectRecordsSection.Attachment attachment : section.attachments(projectId)) {
          HashingStream bytes = entry(zip, attachment.path());
          attachment.content().accept(bytes);
          listFile(files, attachment.path(), bytes);
        }
      }
      HashingStream pdf = entry(zip, Manifest.FINAL_REPORT);
      pdf.write(report.render(project, by, counts));
      listFile(files, Manifest.FINAL_REPORT, pdf);
      HashingStream last = entry(zip, Manifest.FILE);
      json.writerWithDefaultPrettyPrinter().writeValue(last, manifest);
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HashingStream entry(ZipOutputStream zip, String name) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    return new HashingStream(zip);
  }

  private static void listFile(ArrayNode files, String path, HashingStream written) {
    files
        .addObject()
        .put("path", path)
        .put("sha256", written.sha256())
        .put("size_bytes", written.size());
  }
}
