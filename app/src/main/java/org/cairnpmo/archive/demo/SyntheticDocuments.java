package org.cairnpmo.archive.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cairnpmo.archive.demo.SampleFiles.Section;
import org.cairnpmo.archive.domain.DocumentData;
import org.cairnpmo.archive.domain.DocumentService;
import org.cairnpmo.archive.domain.FileIntake;
import org.cairnpmo.archive.domain.OwnerKind;
import org.cairnpmo.archive.domain.ReceivedFile;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoLoaded;
import org.cairnpmo.platform.DemoProperties;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.projects.ProjectsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synthetic documents for the search benchmark ({@code cairn.demo.documents}): that many documents
 * of about five pages each, PDF and Word in turn, spread over every project of the register (the
 * confidential ones too, so that searching exercises the permission filter), filed one by one
 * through the archive's own intake as a person's uploads are: type detection, text extraction,
 * storage and indexing included. Their words follow a Zipf law over a vocabulary of made-up words
 * with some project words among them, so that a two-word query matches a realistic share of them;
 * the same seed always gives the same documents. Logs the filing rate at the end.
 */
@Component
class SyntheticDocuments {

  private static final Logger log = LoggerFactory.getLogger(SyntheticDocuments.class);

  static final String TITLE_PREFIX = "Synthetic document ";
  private static final int PAGES = 5;
  private static final int WORDS_PER_PAGE = 450;
  private static final int VOCABULARY = 5000;
  private static final long SEED = 20261207L;
  // Project words at chosen ranks of the Zipf law: the query "warranty supplier" matches roughly a
  // third of the documents, "escalation" nearly all of them.
  private static final String[][] WORDS_AT_RANK = {
    {"9", "project"}, {"25", "escalation"}, {"60", "milestone"}, {"140", "budget"},
    {"420", "supplier"}, {"900", "warranty"}, {"1800", "commissioning"}, {"3500", "retrofit"}
  };
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "de", "pa", "gu", "fe", "zo", "bi", "ha", "ji"
  };

  private final DemoProperties demo;
  private final DocumentService documents;
  private final FileIntake intake;
  private final ProjectsApi projects;
  private final IdentityApi identity;

  SyntheticDocuments(
      DemoProperties demo,
      DocumentService documents,
      FileIntake intake,
      ProjectsApi projects,
      IdentityApi identity) {
    this.demo = demo;
    this.documents = documents;
    this.intake = intake;
    this.projects = projects;
    this.identity = identity;
  }

  @EventListener
  void on(DemoLoaded.Budgets loaded) {
    if (demo.enabled() && demo.documents() > 0) {
      DemoLoaded.orLog(log, "Synthetic documents", () -> load(demo.documents()));
    }
  }

  void load(int wanted) {
    Optional<UserSummary> pmo = identity.userByUsername("pmo");
    if (pmo.isEmpty()) {
      log.warn("Synthetic documents: the demo person 'pmo' is missing; none made.");
      return;
    }
    UserSummary p = pmo.get();
    CurrentUser by = new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
    List<ProjectView> owners = everyProject();
    if (!owners.isEmpty()) {
      file(owners, by, wanted);
    }
  }

  /** Files {@code wanted} documents on the owners in turn; returns how many were filed. */
  int file(List<ProjectView> owners, CurrentUser by, int wanted) {
    Text text = new Text();
    SplittableRandom random = new SplittableRandom(SEED);
    long started = System.nanoTime();
    long bytes = 0;
    int filed = 0;
    for (int n = 1; n <= wanted; n++) {
      ProjectView project = owners.get((n - 1) % owners.size());
      String title = TITLE_PREFIX + n + ": " + text.words(random, 4);
      List<String> pages = new ArrayList<>();
      for (int page = 0; page < PAGES; page++) {
        pages.add(text.words(random, WORDS_PER_PAGE));
      }
      boolean pdf = n % 2 == 1;
      byte[] content = pdf ? pdf(title, pages) : docx(title, pages);
      bytes += content.length;
      try (ReceivedFile received =
          intake.receive(
              new ByteArrayInputStream(content), "synthetic-" + n + (pdf ? ".pdf" : ".docx"))) {
        documents.file(
            OwnerKind.PROJECT,
            project.id(),
            new DocumentData(title, "Report", null, null, null, project.managerId(), null),
            received,
            by);
        filed++;
      }
      if (n % 500 == 0) {
        log.info("Synthetic documents: {} / {} filed", n, wanted);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    log.info(
        "Synthetic documents: filed {} documents ({} MB) in {} s: {} documents/s, each detected,"
            + " extracted, stored and indexed",
        filed,
        String.format("%.1f", bytes / 1e6),
        String.format("%.1f", seconds),
        String.format("%.1f", filed / seconds));
    return filed;
  }

  private List<ProjectView> everyProject() {
    List<ProjectView> all = new ArrayList<>();
    int page = 0;
    List<ProjectView> batch;
    do {
      batch = projects.everyProject(page++, 200).getContent();
      all.addAll(batch);
    } while (batch.size() == 200);
    return all;
  }

  private static byte[] docx(String title, List<String> pages) {
    List<Section> sections = new ArrayList<>();
    for (int page = 0; page < pages.size(); page++) {
      sections.add(new Section("Part " + (page + 1), List.of(pages.get(page))));
    }
    return SampleFiles.docx(title, "Synthetic · search benchmark", sections);
  }

  /** Plain PDFBox, a page of wrapped text per part: the HTML renderer would dominate the run. */
  private static byte[] pdf(String title, List<String> pages) {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int page = 0; page < pages.size(); page++) {
        PDPage pdfPage = new PDPage();
        doc.addPage(pdfPage);
        try (PDPageContentStream stream = new PDPageContentStream(doc, pdfPage)) {
          stream.beginText();
          stream.setFont(font, 10);
          stream.setLeading(13);
          stream.newLineAtOffset(50, 740);
          stream.showText(page == 0 ? title : "Part " + (page + 1));
          stream.newLine();
          StringBuilder line = new StringBuilder();
          for (String word : pages.get(page).split(" ")) {
            if (line.length() + word.length() > 95) {
              stream.showText(line.toString());
              stream.newLine();
              line.setLength(0);
            }
            line.append(word).append(' ');
          }
          stream.showText(line.toString());
          stream.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Words drawn from a Zipf law (exponent 1) over the vocabulary, by inverting its sums. */
  static final class Text {

    private final String[] vocabulary = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    Text() {
      for (int rank = 1; rank <= VOCABULARY; rank++) {
        vocabulary[rank - 1] = madeUp(rank);
      }
      for (String[] word : WORDS_AT_RANK) {
        vocabulary[Integer.parseInt(word[0]) - 1] = word[1];
      }
      double sum = 0;
      for (int rank = 1; rank <= VOCABULARY; rank++) {
        sum += 1.0 / rank;
        cumulative[rank - 1] = sum;
      }
      for (int k = 0; k < VOCABULARY; k++) {
        cumulative[k] /= sum;
      }
    }

    String words(SplittableRandom random, int count) {
      StringBuilder words = new StringBuilder();
      for (int k = 0; k < count; k++) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        words.append(k == 0 ? "" : " ").append(vocabulary[at < 0 ? -at - 1 : at]);
      }
      return words.toString();
    }

    private static String madeUp(int rank) {
      StringBuilder word = new StringBuilder();
      int n = rank;
      do {
        word.append(SYLLABLES[n % SYLLABLES.length]);
        n /= SYLLABLES.length;
      } while (n > 0);
      return word.append(SYLLABLES[rank % 7]).toString();
    }
  }
}
