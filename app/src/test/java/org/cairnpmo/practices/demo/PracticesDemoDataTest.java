package org.cairnpmo.practices.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.practices.LessonCategory;
import org.cairnpmo.practices.LessonStatus;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.PracticesApi;
import org.cairnpmo.practices.PromotionTarget;
import org.cairnpmo.practices.domain.LessonFilter;
import org.cairnpmo.practices.domain.LessonPromotionService;
import org.cairnpmo.practices.domain.LessonResults;
import org.cairnpmo.practices.domain.LessonService;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.domain.PromotionView;
import org.cairnpmo.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The demo's practices: two methods (one published and followed by the Major tier, one draft),
 * every lesson of the file on its project, across several categories, in the search index, a few
 * promoted into the next version of the published method; loading again adds nothing.
 */
class PracticesDemoDataTest extends DemoDataTest {

  @Autowired PracticesDemoData demo;
  @Autowired MethodService methods;
  @Autowired LessonService lessons;
  @Autowired PracticesApi practices;
  @Autowired LessonPromotionService promotions;
  @Autowired IdentityApi identity;

  private CurrentUser pmo() {
    UserSummary p = identity.userByUsername("pmo").orElseThrow();
    return new CurrentUser(p.id(), p.username(), p.displayName(), p.roles());
  }

  @Test
  void two_methods_and_every_lesson_of_the_file_are_loaded_once() {
    CurrentUser pmo = pmo();
    MethodView standard =
        methods.methods().stream()
            .filter(m -> m.name().equals("Cairn Standard") && m.revision() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(standard.status()).isEqualTo(MethodStatus.PUBLISHED);
    assertThat(standard.tiers()).extracting(t -> t.name()).contains("Major");
    assertThat(standard.phases()).hasSize(4);
    assertThat(standard.phases().get(0).guidanceHtml()).contains("<table>");
    MethodView agile =
        methods.methods().stream()
            .filter(m -> m.name().equals("Agile delivery"))
            .findFirst()
            .orElseThrow();
    assertThat(agile.status()).isEqualTo(MethodStatus.DRAFT);

    int inFile = DemoResource.entries(PracticesDemoData.LESSONS).size();
    assertThat(inFile).isGreaterThanOrEqualTo(150);
    var all = lessons.search(LessonFilter.none(), PageRequest.of(0, 200), pmo);
    assertThat(all.getTotalElements()).isEqualTo(inFile);
    Set<LessonCategory> categories =
        all.getContent().stream().map(l -> l.category()).collect(Collectors.toSet());
    assertThat(categories).hasSizeGreaterThanOrEqualTo(8);
    assertThat(all.getContent()).anySatisfy(l -> assertThat(l.phase()).isNotNull());

    demo.load();
    assertThat(lessons.search(LessonFilter.none(), PageRequest.of(0, 1), pmo).getTotalElements())
        .isEqualTo(inFile);
    assertThat(methods.methods())
        .as("version 1, published, and the draft of version 2 that lessons were promoted into")
        .filteredOn(m -> m.name().equals("Cairn Standard"))
        .hasSize(2);

    // Every lesson is in the search index, counted by facet over all of them.
    LessonResults indexed = lessons.find(LessonFilter.none(), PageRequest.of(0, 20), pmo);
    assertThat(indexed.page().getTotalElements()).isEqualTo(inFile);
    assertThat(indexed.facets().categories().stream().mapToLong(LessonResults.Count::count).sum())
        .isEqualTo(inFile);
    assertThat(indexed.facets().departments()).hasSizeGreaterThanOrEqualTo(5);

    // A few lessons changed the next version of Cairn Standard, and it says so.
    MethodView next =
        methods.methods().stream()
            .filter(m -> m.name().equals("Cairn Standard") && m.revision() == 2)
            .findFirst()
            .orElseThrow();
    assertThat(next.status()).isEqualTo(MethodStatus.DRAFT);
    List<PromotionView> changes = promotions.into(PromotionTarget.METHOD, next.id(), pmo);
    assertThat(changes).hasSizeGreaterThanOrEqualTo(4);
    assertThat(next.phases())
        .anySatisfy(p -> assertThat(p.checklist()).anyMatch(c -> c.contains("rehearsals")));
    assertThat(lessons.lesson(changes.get(0).lessonId(), pmo).status())
        .isEqualTo(LessonStatus.ADOPTED);

    assertThat(practices.lessonsFor(null, null, "data migration cutover for the ERP", pmo))
        .first()
        .satisfies(s -> assertThat(s.title()).containsIgnoringCase("migration"));
  }
}
