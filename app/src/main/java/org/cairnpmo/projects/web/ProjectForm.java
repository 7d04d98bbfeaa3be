package org.cairnpmo.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
public class ProjectForm extends EditForm.Named {

  private String code;
  private Long departmentId;
  private Long sponsorId;
  private Long managerId;
  private ProjectCategory category = ProjectCategory.OPERATIONAL;
  private Priority priority = Priority.MEDIUM;
  private ProjectStatus status = ProjectStatus.PROPOSED;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate plannedStart;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate plannedFinish;

  private BigDecimal budgetAmount;
  private String budgetCurrency = "EUR";
  private boolean confidential;
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
  public static class MemberRow {
    private Long userId;
    private MembershipRole role = MembershipRole.TEAM_MEMBER;

    public MemberRow() {}

    MemberRow(Long userId, MembershipRole role) {
      this.userId = userId;
      this.role = role;
    }

    public Long getUserId() {
      return userId;
    }

    public void setUserId(Long userId) {
      this.userId = userId;
    }

    public MembershipRole getRole() {
      return role;
    }

    public void setRole(MembershipRole role) {
      this.role = role;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public Long getSponsorId() {
    return sponsorId;
  }

  public void setSponsorId(Long sponsorId) {
    this.sponsorId = sponsorId;
  }

  public Long getManagerId() {
    return managerId;
  }

  public void setManagerId(Long managerId) {
    this.managerId = managerId;
  }

  public ProjectCategory getCategory() {
    return category;
  }

  public void setCategory(ProjectCategory category) {
    this.category = category;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public void setStatus(ProjectStatus status) {
    this.status = status;
  }

  public LocalDate getPlannedStart() {
    return plannedStart;
  }

  public void setPlannedStart(LocalDate plannedStart) {
    this.plannedStart = plannedStart;
  }

  public LocalDate getPlannedFinish() {
    return plannedFinish;
  }

  public void setPlannedFinish(LocalDate plannedFinish) {
    this.plannedFinish = plannedFinish;
  }

  public BigDecimal getBudgetAmount() {
    return budgetAmount;
  }

  public void setBudgetAmount(BigDecimal budgetAmount) {
    this.budgetAmount = budgetAmount;
  }

  public String getBudgetCurrency() {
    return budgetCurrency;
  }

  public void setBudgetCurrency(String budgetCurrency) {
    this.budgetCurrency = budgetCurrency;
  }

  public boolean isConfidential() {
    return confidential;
  }

  public void setConfidential(boolean confidential) {
    this.confidential = confidential;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public void setMembers(List<MemberRow> members) {
    this.members = members == null ? new ArrayList<>() : members;
  }
}
