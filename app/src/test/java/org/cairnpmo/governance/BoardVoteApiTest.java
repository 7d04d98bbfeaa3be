package org.cairnpmo.governance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** A gate decided by the votes of named approvers, through the API. */
class BoardVoteApiTest extends GovernanceTestSupport {

  private ResultActions expectProblem(ResultActions result, int status) throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private static String gate(Governed g) {
    return "/api/v1/governance/projects/" + g.project().id() + "/gates/" + g.firstGateId();
  }

  private ResultActions request(Governed g, String rule, UserSummary... approvers)
      throws Exception {
    String ids =
        List.of(approvers).stream()
            .map(a -> Long.toString(a.id()))
            .collect(Collectors.joining(", "));
    return mvc.perform(
        post(gate(g) + "/review-requests")
            .with(as(g.manager()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"note\": \"Ready\", \"approverIds\": [%s]%s}"
                    .formatted(ids, rule == null ? "" : ", \"voteRule\": \"" + rule + "\"")));
  }

  private ResultActions vote(Governed g, UserSummary by, String decision, String comment)
      throws Exception {
    return mvc.perform(
        post(gate(g) + "/votes")
            .with(as(by))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"decision\": \"%s\", \"comment\": \"%s\"}".formatted(decision, comment)));
  }

  private ResultActions project(Governed g, UserSummary viewer) throws Exception {
    return mvc.perform(get("/api/v1/governance/projects/" + g.project().id()).with(as(viewer)));
  }

  @Test
  void under_all_every_approver_must_say_go_and_the_gate_waits_until_everyone_voted()
      throws Exception {
    Governed g = governed(false);
    UserSummary ada = user(Role.EXECUTIVE);
    UserSummary bob = user(Role.MEMBER);
    UserSummary eve = user(Role.MEMBER);

    request(g, "ALL", ada, bob, eve)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.voteRule").value("ALL"))
        .andExpect(jsonPath("$.votes.length()").value(3))
        .andExpect(jsonPath("$.votes[0].approverId").value(ada.id()))
        .andExpect(jsonPath("$.votes[0].decision").doesNotExist());
    project(g, bob).andExpect(jsonPath("$.can.vote").value(true));

    vote(g, ada, "GO", "The case holds").andExpect(status().isCreated());
    vote(g, bob, "GO", "Fine by me")
        .andExpect(jsonPath("$.decision").doesNotExist())
        .andExpect(jsonPath("$.votes[1].decision").value("GO"))
        .andExpect(jsonPath("$.votes[1].comment").value("Fine by me"));
    project(g, g.manager()).andExpect(jsonPath("$.gates[0].status").value("REVIEW_REQUESTED"));

    vote(g, eve, "GO", "Agreed")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.decision").value("GO"))
        .andExpect(jsonPath("$.decidedAs").value("Board vote (all approvers)"))
        .andExpect(jsonPath("$.rationale").value("All 3 approvers voted Go."));
    project(g, g.manager())
        .andExpect(jsonPath("$.gates[0].status").value("PASSED"))
        .andExpect(jsonPath("$.gates[1].status").value("OPEN"));
  }

  @Test
  void under_all_the_gravest_vote_decides_once_everyone_voted() throws Exception {
    Governed g = governed(false);
    UserSummary ada = user(Role.MEMBER);
    UserSummary bob = user(Role.MEMBER);
    request(g, null, ada, bob).andExpect(jsonPath("$.voteRule").value("ALL"));

    vote(g, ada, "HOLD", "Wait for the offer").andExpect(jsonPath("$.decision").doesNotExist());
    vote(g, bob, "RECYCLE", "Rework the estimate")
        .andExpect(jsonPath("$.decision").value("RECYCLE"));
    project(g, g.manager()).andExpect(jsonPath("$.gates[0].status").value("OPEN"));
  }

  @Test
  void under_majority_more_than_half_decides_and_a_tie_waits_for_the_pmo() throws Exception {
    Governed g = governed(false);
    UserSummary ada = user(Role.MEMBER);
    UserSummary bob = user(Role.MEMBER);
    UserSummary eve = user(Role.MEMBER);
    request(g, "MAJORITY", ada, bob, eve);

    vote(g, ada, "KILL", "No case left").andExpect(jsonPath("$.decision").doesNotExist());
    vote(g, bob, "KILL", "Agreed").andExpect(jsonPath("$.decision").value("KILL"));
    expectProblem(vote(g, eve, "GO", "Too late"), 409);

    Governed tie = governed(false);
    UserSummary one = user(Role.MEMBER);
    UserSummary two = user(Role.MEMBER);
    request(tie, "MAJORITY", one, two);
    vote(tie, one, "GO", "Go").andExpect(jsonPath("$.decision").doesNotExist());
    vote(tie, two, "HOLD", "Hold").andExpect(jsonPath("$.decision").doesNotExist());
    mvc.perform(
            post(gate(tie) + "/decisions")
                .with(as(user(Role.PMO)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"HOLD\", \"rationale\": \"The board met: wait.\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.decision").value("HOLD"))
        .andExpect(jsonPath("$.decidedAs").value("PMO, on behalf of the board"));
  }

  @Test
  void one_approver_decides_alone_as_a_single_reviewer_did() throws Exception {
    Governed g = governed(false);
    UserSummary ada = user(Role.MEMBER);
    request(g, "MAJORITY", ada);
    vote(g, ada, "GO", "Go ahead").andExpect(jsonPath("$.decision").value("GO"));
  }

  @Test
  void only_named_approvers_vote_once_and_others_leave_the_decision_to_them() throws Exception {
    Governed g = governed(false);
    UserSummary ada = user(Role.MEMBER);
    UserSummary bob = user(Role.MEMBER);
    request(g, "ALL", ada, bob);

    expectProblem(vote(g, user(Role.EXECUTIVE), "GO", "Not mine to say"), 403);
    expectProblem(vote(g, g.reviewer(), "GO", "I review this gate"), 403);
    vote(g, ada, "GO", "Yes").andExpect(status().isCreated());
    expectProblem(vote(g, ada, "KILL", "Changed my mind"), 409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/already-voted"));
    expectProblem(
        mvc.perform(
            post(gate(g) + "/decisions")
                .with(as(g.reviewer()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"GO\", \"rationale\": \"As reviewer\"}")),
        403);
    expectProblem(
        mvc.perform(
            post(gate(g) + "/decisions")
                .with(as(user(Role.EXECUTIVE)))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"GO\", \"rationale\": \"As executive\"}")),
        403);
  }

  @Test
  void every_broken_rule_of_a_vote_is_a_problem() throws Exception {
    Governed g = governed(false);
    UserSummary ada = user(Role.MEMBER);

    expectProblem(vote(g, ada, "GO", "No review yet"), 409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/no-vote-open"));
    expectProblem(request(g, "ALL", g.manager()), 400)
        .andExpect(jsonPath("$.errors[0].field").value("approverIds[0]"))
        .andExpect(jsonPath("$.errors[0].message", containsString("cannot approve")));
    expectProblem(request(g, "ALL", ada, ada), 400)
        .andExpect(jsonPath("$.errors[0].field").value("approverIds[1]"));
    expectProblem(request(g, "UNANIMOUS", ada), 400);
    expectProblem(
            mvc.perform(
                post(gate(g) + "/review-requests")
                    .with(as(g.manager()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"approverIds\": [999999999]}")),
            400)
        .andExpect(jsonPath("$.errors[0].field").value("approverIds[0]"));
    expectProblem(
            mvc.perform(
                post(gate(g) + "/review-requests")
                    .with(as(g.manager()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"voteRule\": \"ALL\"}")),
            400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("voteRule")));

    request(g, "ALL", ada).andExpect(status().isCreated());
    expectProblem(vote(g, ada, "GO_WITH_CONDITIONS", "With conditions"), 400)
        .andExpect(jsonPath("$.errors[0].field").value("decision"));
    expectProblem(vote(g, ada, "GO", " "), 400)
        .andExpect(jsonPath("$.errors[*].field", hasItem("comment")));
    expectProblem(
            mvc.perform(
                post(gate(g) + "/votes")
                    .with(as(ada))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"decision\": \"GO\", \"comment\": \"x\", \"reviewId\": 1}")),
            409)
        .andExpect(jsonPath("$.type").value("https://cairnpmo.org/problems/review-not-open"));
    expectProblem(
        mvc.perform(
            post("/api/v1/governance/projects/" + g.project().id() + "/gates/abc/votes")
                .with(as(ada))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")),
        400);
    expectProblem(
        mvc.perform(
            post(gate(g) + "/votes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"GO\", \"comment\": \"x\"}")),
        401);
  }

  @Test
  void a_confidential_project_hides_its_votes_from_those_who_may_not_see_it() throws Exception {
    Governed g = governed(true);
    UserSummary ada = user(Role.MEMBER);
    request(g, "ALL", ada).andExpect(status().isCreated());
    expectProblem(vote(g, ada, "GO", "Cannot see it"), 404);
  }
}
