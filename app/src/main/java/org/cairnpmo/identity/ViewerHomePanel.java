package org.cairnpmo.identity;

import java.util.function.Function;
import org.cairnpmo.platform.HomePanel;

/**
 * A home page section about the person signed in: their reviews, reports, projects. Nobody signed
 * in (the page is behind sign-in, so only in odd moments) leaves the section out, as does a {@code
 * null} from {@code modelFor}. A module declares its section as a bean made by {@link #of}.
 */
public final class ViewerHomePanel implements HomePanel {

  private final IdentityApi identity;
  private final int order;
  private final String template;
  private final Function<CurrentUser, ?> modelFor;

  private ViewerHomePanel(
      IdentityApi identity, int order, String template, Function<CurrentUser, ?> modelFor) {
    this.identity = identity;
    this.order = order;
    this.template = template;
    this.modelFor = modelFor;
  }

  /** A section whose model is {@code modelFor} of the person signed in ({@code null}: left out). */
  public static HomePanel of(
      IdentityApi identity, int order, String template, Function<CurrentUser, ?> modelFor) {
    return new ViewerHomePanel(identity, order, template, modelFor);
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public String template() {
    return template;
  }

  @Override
  public Object model() {
    return identity.currentUser().map(modelFor).orElse(null);
  }
}
