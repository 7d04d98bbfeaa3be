package org.cairnpmo.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cairnpmo.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<User, Long> {

  Optional<User> findBySsoProviderAndSsoSubject(String ssoProvider, String ssoSubject);

  Optional<User> findByUsernameIgnoreCase(String username);

  List<User> findByUsernameIn(Collection<String> usernames);

  boolean existsByUsernameIgnoreCase(String username);

  /** The people whose e-mail address, in lower case, is one of {@code emails}. */
  @Query("select u from User u where lower(u.email) in :emails")
  List<User> findByLowerEmailIn(@Param("emails") Collection<String> emails);

  @Query("select u from User u where u.enabled = true and :role member of u.roles order by u.id")
  List<User> findActiveWithRole(@Param("role") Role role);

  @Query(
      """
      select u from User u
      where :q is null
         or lower(u.username) like lower(concat('%', cast(:q as string), '%'))
         or lower(u.displayName) like lower(concat('%', cast(:q as string), '%'))
         or lower(u.email) like lower(concat('%', cast(:q as string), '%'))
      """)
  Page<User> search(@Param("q") String query, Pageable pageable);
}
