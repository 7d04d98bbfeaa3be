package org.cairnpmo.projects.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cairnpmo.platform.GeneratedId;
import org.cairnpmo.projects.MembershipRole;

@Entity
@Table(name = "project_member")
public class ProjectMember extends GeneratedId {

  @ManyToOne(optional = false)
  @JoinColumn(name = "project_id")
  private Project project;

  @Getter private Long userId;

  @Enumerated(EnumType.STRING)
  @Getter
  private MembershipRole role;

  protected ProjectMember() {}

  ProjectMember(Project project, Long userId, MembershipRole role) {
    this.project = project;
    this.userId = userId;
    this.role = role;
  }

  void changeRole(MembershipRole role) {
    this.role = role;
  }
}
