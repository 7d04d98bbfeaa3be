package org.cairnpmo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.cairnpmo.control.domain.AssumptionData;
import org.cairnpmo.control.domain.DecisionData;
import org.cairnpmo.control.domain.DependencyData;
import org.cairnpmo.control.domain.IssueData;
import org.cairnpmo.control.domain.RaidType;
import org.cairnpmo.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class RaidPageTest extends ControlTestSupport {

  @Test
  void a_member_logs_a_risk_from_the_form_and_it_appears_in_the_heat_map() throws Exception {
    Team t = team(false);
    String log = "/projects/" + t.id() + "/raid";

    mvc.perform(get(log).with(page(t.outsider())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Risk heat map")))
        .andExpect(content().string(containsString("class=\"heatmap\"")))
        .andExpect(content().string(not(containsString("Log a risk"))));
    mvc.perform(get(log + "/risks/new").with(page(t.stakeholder())))
        .andExpect(status().isForbidden());
    mvc.perform(get(log + "/risks/new").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Response actions")))
        .andExpect(content().string(containsString("Project members")));
    mvc.perform(
            post(log + "/risks/new")
                .with(page(t.member()))
                .with(csrf())
                .param("title", "")
                .param("probability", "9")
                .param("impact", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a short title")))
        .andExpect(content().string(containsString("Use 1 (rare) to 5 (almost certain)")))
        .andExpect(content().string(containsString("Enter a valid value")));
    mvc.perform(
            post(log + "/risks/new")
                .with(page(t.member()))
                .with(csrf())
                .param("title", "Data migration corrupts records")
                .param("event", "Records are lost in the migration")
                .param("probability", "4")
                .param("impact", "5")
                .param("ownerId", String.valueOf(t.member().id()))
                .param("strategy", "MITIGATE")
                .param("actions[0].text", "Dry run on a copy")
                .param("actions[0].ownerId", String.valueOf(t.manager().id()))
                .param("actions[0].dueDate", "2027-01-15")
                .param("actions[1].text", ""))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern(log + "?tab=risks#item-*"))
        .andExpect(flash().attribute("flash", containsString("It is on the heat map")));

    RiskView risk =
        raid.risks(t.id(), null, null, null, 0, 10, current(t.member())).getContent().get(0);
    assertThat(risk.actions()).hasSize(1);
    assertThat(risk.actions().get(0).ownerName()).isEqualTo(t.manager().displayName());
    mvc.perform(get(log).with(page(t.outsider())))
        .andExpect(content().string(containsString("Data migration corrupts records")))
        .andExpect(
            content()
                .string(
                    containsString("1 open risk with probability 4 and impact 5, score 20, High")));
    mvc.perform(get(log + "?tab=risks&probability=4&impact=5").with(page(t.outsider())))
        .andExpect(content().string(containsString("Show all risks")));
    for (String tab : new String[] {"issues", "assumptions", "decisions", "dependencies"}) {
      mvc.perform(get(log + "?tab=" + tab).with(page(t.outsider()))).andExpect(status().isOk());
    }
    Team secret = team(true);
    mvc.perform(get("/projects/" + secret.id() + "/raid").with(page(secret.outsider())))
        .andExpect(status().isNotFound());
  }

  @Test
  void only_the_owner_the_manager_and_the_pmo_get_the_form_escalate_and_turn_a_risk_into_an_issue()
      throws Exception {
    Team t = team(false);
    RiskView risk = raid.logRisk(t.id(), risk("Supplier insolvent", 2, 5), current(t.member()));
    String url = "/projects/" + t.id() + "/raid/risks/" + risk.id();

    mvc.perform(get(url).with(page(t.sponsor())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Only the owner, the project")))
        .andExpect(content().string(not(containsString("Escalate to the portfolio"))));
    mvc.perform(
            post(url)
                .with(page(t.sponsor()))
                .with(csrf())
                .param("title", "Changed")
                .param("probability", "2")
                .param("impact", "5")
                .param("version", "0"))
        .andExpect(status().isForbidden());
    mvc.perform(get(url).with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Escalate to the portfolio")))
        .andExpect(content().string(containsString("Turn into an issue")));
    mvc.perform(
            post(url)
                .with(page(t.manager()))
                .with(csrf())
                .param("title", "Supplier insolvent")
                .param("probability", "3")
                .param("impact", "5")
                .param("status", "OPEN")
                .param("version", "0"))
        .andExpect(redirectedUrl(url))
        .andExpect(flash().attribute("flash", "Risk saved."));
    mvc.perform(
            post(url)
                .with(page(t.member()))
                .with(csrf())
                .param("title", "Supplier insolvent")
                .param("probability", "1")
                .param("impact", "5")
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else changed this entry")));

    mvc.perform(
            post(url + "/escalate")
                .with(page(t.member()))
                .with(csrf())
                .param("note", "The board must pick a second source")
                .param("version", "1"))
        .andExpect(redirectedUrl(url))
        .andExpect(flash().attribute("flash", containsString("Escalated to the portfolio")));
    mvc.perform(get("/raid").with(page(t.executive())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Escalated to the portfolio")))
        .andExpect(content().string(containsString("The board must pick a second source")));
    mvc.perform(get("/raid").with(page(t.member())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Risk heat map")))
        .andExpect(content().string(not(containsString("The board must pick a second source"))));

    mvc.perform(
            post(url + "/occurred")
                .with(page(t.member()))
                .with(csrf())
                .param("severity", "CRITICAL")
                .param("version", "2"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/projects/" + t.id() + "/raid/issues/*"))
        .andExpect(flash().attribute("flash", containsString("linked to it")));
    mvc.perform(get(url).with(page(t.member())))
        .andExpect(content().string(containsString("The issue this risk became")))
        .andExpect(content().string(not(containsString("Turn into an issue"))));
  }

  @Test
  void every_kind_of_entry_is_logged_from_its_form() throws Exception {
    Team t = team(false);
    Team other = team(false);
    String log = "/projects/" + t.id() + "/raid";

    mvc.perform(
            post(log + "/issues/new")
                .with(page(t.member()))
                .with(csrf())
                .param("title", "Test rig broken")
                .param("severity", "HIGH")
                .param("dueDate", "2020-01-01"))
        .andExpect(redirectedUrlPattern(log + "?tab=issues#item-*"));
    mvc.perform(get(log + "?tab=issues").with(page(t.member())))
        .andExpect(content().string(containsString("Test rig broken")))
        .andExpect(content().string(containsString("overdue")));
    mvc.perform(
            post(log + "/assumptions/new")
                .with(page(t.member()))
                .with(csrf())
                .param("text", "The old system stays up until March"))
        .andExpect(redirectedUrlPattern(log + "?tab=assumptions#item-*"));
    mvc.perform(
            post(log + "/decisions/new")
                .with(page(t.member()))
                .with(csrf())
                .param("what", "Migrate in two waves")
                .param("decidedBy", "")
                .param("decidedOn", "2026-01-10"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Say who decided")));
    mvc.perform(
            get(log + "/dependencies/candidates")
                .param("q", other.project().code())
                .with(page(t.member())))
        .andExpect(content().string(containsString(other.project().code())));
    mvc.perform(
            post(log + "/dependencies/new")
                .with(page(t.member()))
                .with(csrf())
                .param("direction", "DEPENDS_ON")
                .param("otherProjectId", String.valueOf(other.id()))
                .param("description", "Customer master data"))
        .andExpect(redirectedUrlPattern(log + "?tab=dependencies#item-*"));
    mvc.perform(
            get("/projects/" + other.id() + "/raid?tab=dependencies").with(page(other.member())))
        .andExpect(content().string(containsString("Logged by other projects")))
        .andExpect(content().string(containsString("Customer master data")));
    mvc.perform(get(log + "/rumours/new").with(page(t.member()))).andExpect(status().isNotFound());
  }

  @Test
  void every_kind_of_entry_is_shown_in_its_form_and_changed_from_it() throws Exception {
    Team t = team(false);
    Team other = team(false);
    CurrentUser member = current(t.member());
    String log = "/projects/" + t.id() + "/raid";
    Map<String, Long> ids =
        Map.of(
            "issues",
            raid.log(
                    RaidType.ISSUE,
                    t.id(),
                    new IssueData(
                        "Rig broken", null, IssueSeverity.LOW, null, null, null, null, null),
                    member)
                .id(),
            "assumptions",
            raid.log(
                    RaidType.ASSUMPTION,
                    t.id(),
                    new AssumptionData("Users are trained", null, false, null),
                    member)
                .id(),
            "decisions",
            raid.log(
                    RaidType.DECISION,
                    t.id(),
                    new DecisionData("Two waves", null, "Board", LocalDate.now(), null, null, null),
                    member)
                .id(),
            "dependencies",
            raid.log(
                    RaidType.DEPENDENCY,
                    t.id(),
                    new DependencyData(
                        DependencyDirection.DEPENDS_ON,
                        other.id(),
                        "Interface spec",
                        null,
                        null,
                        null,
                        null),
                    member)
                .id());
    Map<String, Map<String, String>> changes =
        Map.of(
            "issues", Map.of("title", "Rig still broken", "severity", "HIGH"),
            "assumptions", Map.of("text", "Users are trained twice", "validated", "true"),
            "decisions",
                Map.of("what", "Three waves", "decidedBy", "Board", "decidedOn", "2026-01-10"),
            "dependencies",
                Map.of(
                    "direction", "DEPENDS_ON",
                    "otherProjectId", String.valueOf(other.id()),
                    "description", "Interface spec, signed"));
    Map<String, String> labels =
        Map.of(
            "issues", "Issue",
            "assumptions", "Assumption",
            "decisions", "Decision",
            "dependencies", "Dependency");
    for (String kind : ids.keySet()) {
      String url = log + "/" + kind + "/" + ids.get(kind);
      String changed =
          changes.get(kind).values().stream()
              .filter(v -> v.contains(" "))
              .findFirst()
              .orElseThrow();
      MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      changes.get(kind).forEach(form::add);

      mvc.perform(get(url).with(page(t.member())))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
      mvc.perform(post(url).with(page(t.member())).with(csrf()).params(form))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("The form is missing the version")));
      mvc.perform(post(url).with(page(t.member())).with(csrf()).params(form).param("version", "0"))
          .andExpect(redirectedUrl(url))
          .andExpect(flash().attribute("flash", labels.get(kind) + " saved."));
      mvc.perform(get(url).with(page(t.member())))
          .andExpect(content().string(containsString(changed)))
          .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
      mvc.perform(post(url).with(page(t.member())).with(csrf()).params(form).param("version", "0"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Someone else changed this entry")));
      mvc.perform(
              get("/projects/" + other.id() + "/raid/" + kind + "/" + ids.get(kind))
                  .with(page(other.member())))
          .andExpect(status().isNotFound());
    }
  }
}
