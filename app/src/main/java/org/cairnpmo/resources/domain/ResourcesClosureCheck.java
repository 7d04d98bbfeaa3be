package org.cairnpmo.resources.domain;

import java.time.LocalDate;
import java.util.List;
import org.cairnpmo.projects.ClosureCheck;
import org.cairnpmo.projects.ClosureItem;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.RequestStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closure asks that the project's people are released: no approved assignment runs past the
 * closing day, and no request still waits for a person (the resource manager rejects it, or the
 * project has it declined).
 */
@Component
class ResourcesClosureCheck implements ClosureCheck {

  private final ResourceRequestRepository requests;

  ResourcesClosureCheck(ResourceRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClosureItem> closureItems(ProjectView project, LocalDate closingOn) {
    List<ResourceRequest> all = requests.findAllByProjectId(project.id());
    long running =
        all.stream()
            .filter(r -> r.getStatus() == RequestStatus.APPROVED)
            .filter(r -> r.getLastDay() != null && r.getLastDay().isAfter(closingOn))
            .count();
    long waiting = all.stream().filter(r -> !r.getStatus().isFinal()).count();
    String detail =
        running == 0 && waiting == 0
            ? "No assignment runs past " + closingOn + " and no request is open."
            : (running > 0 ? running + " approved assignment(s) run past " + closingOn + ". " : "")
                + (waiting > 0 ? waiting + " request(s) still open." : "");
    return List.of(
        ClosureItem.of(
            "resources",
            "Resources released",
            running == 0 && waiting == 0,
            detail.strip(),
            "/projects/" + project.id() + "/requests"));
  }
}
