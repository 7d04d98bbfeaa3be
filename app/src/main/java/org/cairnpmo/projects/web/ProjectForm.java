package org.cairnpmo.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.cairnpmo.platform.web.EditForm;
import org.cairnpmo.projects.MembershipRole;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectCategory;
import org.cairnpmo.projects.ProjectData;
import org.cairnpmo.projects.ProjectStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form as the browser posts it. Mutable, so that member rows can be added and removed
 * and whatever the person typed survives a failed save; it is validated as the {@link ProjectData}
 * it becomes, so the rules live in one place.
 */
@Getter
public class ProjectForm extends EditForm.Named {

  @Setter private String code;
  @Setter private Long departmentId;
  @Setter private Long sponsorId;
  @Setter private Long managerId;
  @Setter private ProjectCategory category = ProjectCategory.OPERATIONAL;
  @Setter private Priority priority = Priority.MEDIUM;
  @Setter private ProjectStatus status = ProjectStatus.PROPOSED;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  @Setter
  private LocalDate plannedStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  @Setter
  private LocalDate plannedFinish;

  @Setter private BigDecimal budgetAmount;
  @Setter private String budgetCurrency = "EUR";
  @Setter private boolean confidential;
  private List<MemberRow> members = new ArrayList<>();

  static ProjectForm from(ProjectData data) {
    ProjectForm form = new ProjectForm();
    form.code = data.code();
    form.name = data.name();
    form.description = data.description();
    form.departmentId = data.departmentId();
    form.sponsorId = data.sponsorId();
    form.managerId = data.managerId();
    form.category = data.category();
    form.priority = data.priority();
    form.status = data.status();
    form.plannedStart = data.plannedStart();
    form.plannedFinish = data.plannedFinish();
    form.budgetAmount = data.budgetAmount();
    form.budgetCurrency = data.budgetCurrency();
    form.confidential = Boolean.TRUE.equals(data.confidential());
    form.members = new ArrayList<>();
    for (ProjectData.Member member : data.membersOrEmpty()) {
      form.members.add(new MemberRow(member.userId(), member.role()));
    }
    form.version = data.version();
    return form;
  }

  /** The data to validate and save; rows where nobody was chosen are left out. */
  ProjectData toData() {
    return new ProjectData(
        trim(code),
        trim(name),
        description,
        departmentId,
        sponsorId,
        managerId,
        category,
        priority,
        status,
        plannedStart,
        plannedFinish,
        budgetAmount,
        trim(budgetCurrency) == null ? null : trim(budgetCurrency).toUpperCase(),
        confidential,
        members.stream()
            .filter(m -> m != null && m.getUserId() != null)
            .map(
                m ->
                    new ProjectData.Member(
                        m.getUserId(),
                        m.getRole() == null ? MembershipRole.TEAM_MEMBER : m.getRole()))
            .toList(),
        version);
  }

  void addMemberRow() {
    members.add(new MemberRow(null, MembershipRole.TEAM_MEMBER));
  }

  void removeMemberRow(int index) {
    if (index >= 0 && index < members.size()) {
      members.remove(index);
    }
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** One person on the project and how they belong to it. */
  @NoArgsConstructor
  @AllArgsConstructor(access = AccessLevel.PACKAGE)
  public static class MemberRow {
    @Getter @Setter private Long userId;
    @Getter @Setter private MembershipRole role = MembershipRole.TEAM_MEMBER;
  }

  public void setMembers(List<MemberRow> members) {
    this.members = members == null ? new ArrayList<>() : members;
  }
}
