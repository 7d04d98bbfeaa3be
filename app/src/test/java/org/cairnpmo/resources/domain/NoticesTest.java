package org.cairnpmo.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.projects.Priority;
import org.cairnpmo.projects.ProjectView;
import org.cairnpmo.resources.NoticeView;
import org.cairnpmo.resources.PersonData;
import org.cairnpmo.resources.RequestData;
import org.cairnpmo.support.ApiTestSupport;
import org.cairnpmo.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who hears of each step of a resource request, in the application and by mail (against a real SMTP
 * server: GreenMail on the port application-test.yml gives spring.mail.port, as in control's
 * ReportRemindersTest, so the shared context stays shared). Other tests' steps reach the same
 * resource managers, so notices and mails are looked up per request and per recipient.
 */
class NoticesTest extends ApiTestSupport {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(TestMail.port(), null, "smtp"));

  @Autowired PoolService pool;
  @Autowired RequestService requests;
  @Autowired Notices notices;
  @Autowired NoticeRepository repository;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  private static List<MimeMessage> mailsTo(UserSummary user, String about) throws Exception {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getSubject().contains(about)
                    && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(user.email()));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private List<String> told(UserSummary user, String about) {
    return notices.mine(false, 0, 200, current(user)).getContent().stream()
        .map(NoticeView::subject)
        .filter(s -> s.contains(about))
        .toList();
  }

  private long person(UserSummary user, UserSummary rm) {
    return pool.create(
            new PersonData(
                user == null ? null : user.id(),
                user == null ? "Dev " + unique() : user.displayName(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            current(rm))
        .id();
  }

  private long request(ProjectView project, long personId, UserSummary manager) {
    return requests
        .create(
            project.id(),
            new RequestData(
                null,
                personId,
                List.of(),
                new BigDecimal("16"),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 31),
                Priority.HIGH,
                null),
            current(manager))
        .id();
  }

  @Test
  void every_step_of_a_request_tells_those_it_concerns_and_nobody_of_their_own_step()
      throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary otherRm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    UserSummary worker = user(Role.MEMBER);
    UserSummary bystander = user(Role.MEMBER);
    ProjectView project = project(manager, false);
    long dev = person(worker, rm);
    long id = request(project, dev, manager);
    String about = project.code() + " · request " + id;

    assertThat(told(rm, about)).containsExactly(about + ": " + worker.displayName() + " requested");
    assertThat(told(otherRm, about)).hasSize(1);
    assertThat(told(manager, about)).isEmpty();

    requests.propose(project.id(), id, dev, 0, current(rm));
    assertThat(told(manager, about))
        .containsExactly(about + ": " + worker.displayName() + " proposed");
    assertThat(told(rm, about)).hasSize(1);

    requests.decline(project.id(), id, "Needs Kotlin", 1, current(manager));
    assertThat(told(rm, about)).hasSize(2).first().asString().contains("declined");
    assertThat(notices.mine(false, 0, 1, current(rm)).getContent().get(0).body())
        .contains("Needs Kotlin");

    requests.propose(project.id(), id, dev, 2, current(otherRm));
    requests.accept(project.id(), id, 3, current(manager));
    assertThat(told(otherRm, about)).first().asString().endsWith(" accepted");
    assertThat(told(worker, about)).isEmpty();

    requests.approve(project.id(), id, 4, current(rm));
    assertThat(told(manager, about)).hasSize(3).first().asString().endsWith(" approved");
    assertThat(told(worker, about))
        .containsExactly(about + ": " + worker.displayName() + " approved");
    assertThat(told(bystander, about)).isEmpty();

    long other = request(project, dev, manager);
    requests.reject(project.id(), other, "No budget", 0, current(rm));
    String otherAbout = project.code() + " · request " + other;
    assertThat(told(manager, otherAbout)).containsExactly(otherAbout + " rejected");
    assertThat(notices.mine(false, 0, 1, current(manager)).getContent().get(0))
        .satisfies(
            n -> {
              assertThat(n.body()).contains("No budget");
              assertThat(n.link())
                  .isEqualTo("/projects/" + project.id() + "/requests#request-" + other);
              assertThat(n.read()).isFalse();
            });

    List<MimeMessage> mails = mailsTo(manager, otherAbout);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getContent().toString())
        .contains("Hello " + manager.displayName())
        .contains("No budget")
        .contains("http://localhost:8080/projects/" + project.id() + "/requests#request-" + other);
    assertThat(mailsTo(worker, about)).hasSize(1);
    assertThat(mailsTo(rm, otherAbout)).as("the request, not their own rejection").hasSize(1);
  }

  @Test
  void a_confidential_project_is_told_only_to_those_who_may_see_it() {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary memberRm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView secret = project(manager, true, memberRm);
    long id = request(secret, person(null, rm), manager);
    String about = secret.code() + " · request " + id;

    assertThat(told(memberRm, about)).hasSize(1);
    assertThat(told(rm, about)).isEmpty();
  }

  @Test
  void the_mail_leaves_after_the_commit_and_a_rolled_back_step_tells_nobody() throws Exception {
    UserSummary rm = user(Role.RESOURCE_MANAGER);
    UserSummary manager = user(Role.PROJECT_MANAGER);
    ProjectView project = project(manager, false);
    long dev = person(null, rm);

    long id =
        transaction.execute(
            tx -> {
              long created = request(project, dev, manager);
              try {
                assertThat(mailsTo(rm, project.code() + " · request " + created)).isEmpty();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              return created;
            });
    assertThat(mailsTo(rm, project.code() + " · request " + id)).hasSize(1);

    transaction.executeWithoutResult(
        tx -> {
          request(project, dev, manager);
          tx.setRollbackOnly();
        });
    assertThat(mailsTo(rm, project.code())).hasSize(1);
    assertThat(told(rm, project.code())).hasSize(1);
  }

  @Test
  void without_a_mail_server_or_with_one_that_fails_the_notice_is_kept_and_no_mail_leaves()
      throws Exception {
    UserSummary actor = user(Role.RESOURCE_MANAGER);
    UserSummary quiet = user(Role.MEMBER);
    UserSummary failing = user(Role.MEMBER);
    ObjectProvider<JavaMailSender> none =
        new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    NoticeMail unconfigured = new NoticeMail(none, "cairn@localhost", "http://cairn.example");
    assertThat(unconfigured.configured()).isFalse();
    JavaMailSenderImpl down = new JavaMailSenderImpl();
    down.setHost("localhost");
    down.setPort(1);
    StaticListableBeanFactory withDown = new StaticListableBeanFactory();
    withDown.addBean("down", down);
    NoticeMail broken =
        new NoticeMail(
            withDown.getBeanProvider(JavaMailSender.class), "cairn@localhost", "http://x");

    assertKeptWithoutMail(quiet, actor, unconfigured);
    assertKeptWithoutMail(failing, actor, broken);
  }

  private void assertKeptWithoutMail(UserSummary to, UserSummary actor, NoticeMail mail)
      throws Exception {
    Notices with = new Notices(repository, identity, mail, clock);
    Set<Long> told =
        transaction.execute(
            tx ->
                with.post(List.of(to.id()), current(actor), u -> true, "Quiet step", "Body", "/"));
    assertThat(told).containsExactly(to.id());
    assertThat(told(to, "Quiet step")).hasSize(1);
    assertThat(mailsTo(to, "Quiet step")).isEmpty();
  }

  @Test
  void each_person_sees_and_marks_only_their_own_notices() throws Exception {
    UserSummary actor = user(Role.RESOURCE_MANAGER);
    UserSummary ada = user(Role.MEMBER);
    UserSummary bob = user(Role.MEMBER);
    CurrentUser by = current(actor);
    transaction.executeWithoutResult(
        tx -> {
          notices.post(List.of(ada.id()), by, u -> true, "First for Ada", "One", "/resources");
          notices.post(List.of(ada.id()), by, u -> true, "Second for Ada", "Two", "/resources");
          notices.post(List.of(bob.id()), by, u -> true, "For Bob", "Three", "/resources");
        });
    long first = notices.mine(false, 0, 2, current(ada)).getContent().get(1).id();

    mvc.perform(get("/api/v1/resources/notices")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/resources/notices").with(as(ada)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.length()").value(2))
        .andExpect(jsonPath("$.content[0].subject").value("Second for Ada"))
        .andExpect(jsonPath("$.content[?(@.subject == 'For Bob')]").doesNotExist());
    mvc.perform(get("/api/v1/resources/notices?size=0").with(as(ada)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    mvc.perform(post("/api/v1/resources/notices/read?upTo=abc").with(as(ada)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(PROBLEM));

    mvc.perform(post("/api/v1/resources/notices/read?upTo=" + first).with(as(ada)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.marked").value(1));
    mvc.perform(get("/api/v1/resources/notices?unread=true").with(as(ada)))
        .andExpect(jsonPath("$.content.length()").value(1))
        .andExpect(jsonPath("$.content[0].subject").value("Second for Ada"));
    mvc.perform(post("/api/v1/resources/notices/read").with(as(ada)))
        .andExpect(jsonPath("$.marked").value(1));
    mvc.perform(get("/api/v1/resources/notices?unread=true").with(as(bob)))
        .andExpect(jsonPath("$.content.length()").value(1));
  }
}
