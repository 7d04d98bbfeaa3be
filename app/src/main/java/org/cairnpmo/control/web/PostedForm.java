package org.cairnpmo.control.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form as a page posted it: the record as bound, what binding found wrong with it, the model of
 * the page that shows it again and the attributes of the page a save leads to. Handlers that bind a
 * kind's own record hand it whole to the code that saves every kind alike.
 */
record PostedForm<D>(D form, BindingResult binding, Model model, RedirectAttributes redirect) {}
