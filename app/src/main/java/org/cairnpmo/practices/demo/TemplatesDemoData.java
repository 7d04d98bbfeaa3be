package org.cairnpmo.practices.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.governance.GovernanceApi;
import org.cairnpmo.governance.LifecycleOutline;
import org.cairnpmo.governance.TierOutline;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.IdentityApi;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.organization.DepartmentSummary;
import org.cairnpmo.organization.OrganizationApi;
import org.cairnpmo.platform.DemoResource;
import org.cairnpmo.practices.MethodStatus;
import org.cairnpmo.practices.domain.MethodService;
import org.cairnpmo.practices.domain.MethodView;
import org.cairnpmo.practices.templates.NewProjectData;
import org.cairnpmo.practices.templates.ProjectTemplates;
import org.cairnpmo.practices.templates.TemplateData;
import org.cairnpmo.practices.templates.TemplateInstantiation;
import org.cairnpmo.practices.templates.TemplateLibrary;
import org.cairnpmo.practices.templates.TemplateView;
import org.cairnpmo.practices.templates.web.TemplateForm;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectStatus;
import org.cairnpmo.projects.ProjectView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's project templates from {@code demo/practices-templates.yml}: four published templates,
 * projects made from two of them (one with its kick-off reached and a checklist item ticked), and a
 * second version of "Standard IT project" published after its three projects, waiting for the PMO
 * to push it to them. Written as the template form reads them, and made through the module's
 * services as the PMO; a template whose name exists is left alone.
 */
@Component
@ConditionalOnBooleanProperty("cairn.demo.enabled")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TemplatesDemoData {

  static final String TEMPLATES = "practices-templates.yml";

  private static final Logger log = LoggerFactory.getLogger(TemplatesDemoData.class);

  private final TemplateLibrary library;
  private final TemplateInstantiation instantiation;
  private final ProjectTemplates projectTemplates;
  private final MethodService methods;
  private final GovernanceApi governance;
  private final OrganizationApi organization;
  private final IdentityApi identity;

  @SuppressWarnings("unchecked")
  void load(CurrentUser pmo) {
    List<String> existing = library.templates().stream().map(TemplateView::name).toList();
    int projects = 0;
    for (Map<String, Object> entry : DemoResource.entries(TEMPLATES)) {
      String name = (String) entry.get("name");
      if (existing.contains(name)) {
        continue;
      }
      try {
        TemplateForm form = form(entry);
        TemplateView v1 = library.define(checked(form, name), pmo);
        v1 = library.publish(v1.id(), v1.version(), pmo);
        for (Map<String, Object> p :
            (List<Map<String, Object>>) entry.getOrDefault("projects", List.of())) {
          project(v1, p, pmo);
          projects++;
        }
        Map<String, Object> next = (Map<String, Object>) entry.get("next");
        if (next != null) {
          TemplateView draft = library.newVersion(v1.id(), pmo);
          TemplateForm changed = TemplateForm.of(draft);
          changed.setChangeNote((String) next.get("changeNote"));
          if (next.containsKey("tasks")) {
            changed.setTasks((String) next.get("tasks"));
          }
          if (next.containsKey("milestones")) {
            changed.setMilestones((String) next.get("milestones"));
          }
          if (next.containsKey("risks")) {
            changed.setRisks((String) next.get("risks"));
          }
          if (next.containsKey("checklist")) {
            changed.setChecklist((String) next.get("checklist"));
          }
          draft = library.revise(draft.id(), checked(changed, name), draft.version(), pmo);
          library.publish(draft.id(), draft.version(), pmo);
        }
      } catch (RuntimeException e) {
        log.warn("Demo practices: template {} not loaded: {}", name, e.getMessage());
      }
    }
    log.info("Demo practices: project templates loaded, {} projects made from them.", projects);
  }

  private static TemplateData checked(TemplateForm form, String name) {
    TemplateData data = form.toData();
    if (!form.getLineProblems().isEmpty()) {
      throw new IllegalStateException(name + ": " + form.getLineProblems());
    }
    return data;
  }

  private TemplateForm form(Map<String, Object> entry) {
    TemplateForm form = new TemplateForm();
    form.setName((String) entry.get("name"));
    form.setDescription((String) entry.get("description"));
    form.setLifecycleId(
        governance.lifecycles().stream()
            .filter(l -> !l.retired() && l.name().equals(entry.get("lifecycle")))
            .map(LifecycleOutline::id)
            .findFirst()
            .orElse(null));
    form.setMethodId(
        methods.methods().stream()
            .filter(
                m -> m.status() == MethodStatus.PUBLISHED && m.name().equals(entry.get("method")))
            .map(MethodView::id)
            .findFirst()
            .orElse(null));
    form.setTierId(
        governance.tiers().stream()
            .filter(t -> t.name().equals(entry.get("tier")))
            .map(TierOutline::id)
            .findFirst()
            .orElse(null));
    form.setCategory(ProjectCategory.valueOf((String) entry.get("category")));
    form.setPriority(Priority.valueOf((String) entry.get("priority")));
    form.setReportingCadence((String) entry.get("cadence"));
    form.setChangeNote((String) entry.get("changeNote"));
    form.setTasks(text(entry, "tasks"));
    form.setMilestones(text(entry, "milestones"));
    form.setRisks(text(entry, "risks"));
    form.setBudget(text(entry, "budget"));
    form.setRaciRoles(text(entry, "raciRoles"));
    form.setRaci(text(entry, "raci"));
    form.setChecklist(text(entry, "checklist"));
    form.setDocuments(text(entry, "documents"));
    return form;
  }

  @SuppressWarnings("unchecked")
  private void project(TemplateView template, Map<String, Object> p, CurrentUser pmo) {
    Long manager = identity.userByUsername("pm").map(UserSummary::id).orElse(null);
    Long department =
        organization.departments().stream()
            .filter(d -> d.code().equals(p.get("dept")))
            .map(DepartmentSummary::id)
            .findFirst()
            .orElse(null);
    LocalDate start = LocalDate.parse((String) p.get("start"));
    ProjectView project =
        instantiation.create(
            template.id(),
            new NewProjectData(
                (String) p.get("code"),
                (String) p.get("name"),
                "Made from the template " + template.label() + ".",
                department,
                null,
                manager,
                ProjectStatus.PROPOSED,
                start,
                LocalDate.parse((String) p.get("finish")),
                new BigDecimal(p.get("budget").toString()),
                "EUR",
                false),
            pmo);
    List<String> ticked = (List<String>) p.getOrDefault("ticked", List.of());
    for (ProjectTemplates.ItemView item :
        projectTemplates.followed(project.id(), pmo).checklist()) {
      if (ticked.contains(item.label())) {
        projectTemplates.tick(project.id(), item.id(), true, item.version(), pmo);
      }
    }
  }

  private static String text(Map<String, Object> entry, String key) {
    Object value = entry.get(key);
    return value == null ? "" : value.toString();
  }
}
