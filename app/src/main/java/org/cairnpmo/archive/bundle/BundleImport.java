package org.cairnpmo.archive.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.BusinessRuleException;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.projects.ImportContext;
import org.cairnpmo.projects.ProjectRecordsSection;
import org.cairnpmo.projects.ProjectsApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a checked bundle ({@link BundleReader}) as a new project, all or nothing in one
 * transaction: the register's section creates the project (its code kept, or the one the PMO gives;
 * a code in use is refused), every other section recreates its records on it, and the project is
 * closed last, so that it is read-only like the one it came from.
 */
@Service
public class BundleImport {

  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,19}");

  private final BundleReader reader;
  private final BundleSections sections;
  private final ProjectsApi projects;
  private final IdentityApi identity;
  private final JsonMapper json;

  BundleImport(
      BundleReader reader,
      BundleSections sections,
      ProjectsApi projects,
      IdentityApi identity,
      JsonMapper json) {
    this.reader = reader;
    this.sections = sections;
    this.projects = projects;
    this.identity = identity;
    this.json = json;
  }

  /** What was imported: the new project, and the records of each section. */
  public record Imported(
      long projectId,
      String code,
      Map<String, Integer> records,
      Map<String, String> unknownPeople) {}

  /**
   * Checks and imports the bundle in {@code upload}, under {@code code} (the bundle's own when
   * blank). Refused as a whole, with what is wrong, before anything is written.
   */
  @Transactional
  public Imported importBundle(InputStream upload, String fileName, String code, CurrentUser by) {
    BundleAccess.requireArchivist(by);
    String wanted = code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    if (wanted != null && !CODE.matcher(wanted).matches()) {
      throw InvalidInputException.of("code", "Use 2 to 20 letters, digits or dashes");
    }
    try (OpenedBundle bundle = reader.open(upload, fileName)) {
      String target = wanted != null ? wanted : bundle.projectCode().toUpperCase(Locale.ROOT);
      if (projects.codeTaken(target)) {
        throw new BusinessRuleException(
            "code-taken",
            "A project with the code "
                + target
                + " exists in this Cairn already: import the bundle under another code.");
      }
      ImportContext context =
          new ImportContext(
              bundle.fileName(),
              target,
              by.username(),
              username -> identity.userByUsername(username).map(UserSummary::id),
              bundle::file);
      Map<String, Integer> records = new LinkedHashMap<>();
      for (ProjectRecordsSection section : sections.inOrder()) {
        Path file = bundle.sections().get(section.name());
        if (file != null) {
          records.put(section.name(), restore(section, file, context));
        }
      }
      projects.closeImported(context);
      return new Imported(context.projectId(), target, records, context.unknownPeople());
    }
  }

  private int restore(ProjectRecordsSection section, Path file, ImportContext context) {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode content = json.readTree(in);
      return section.read(content, context);
    } catch (InvalidInputException | BusinessRuleException e) {
      throw e;
    } catch (IOException | JacksonException e) {
      throw BundleReader.refused(
          "The section '" + section.name() + "' is not valid JSON. Nothing was imported.");
    } catch (RuntimeException e) {
      // A value the section's schema does not allow (an unknown status, a date that is none):
      // the bundle is at fault, not this Cairn.
      throw BundleReader.refused(
          "The records of the section '"
              + section.name()
              + "' do not follow its schema. Nothing was imported.");
    }
  }
}
