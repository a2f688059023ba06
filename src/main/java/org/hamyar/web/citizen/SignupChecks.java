package org.hamyar.web.citizen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.FieldViolation;
import org.hamyar.geo.GeoService;
import org.hamyar.geo.GeoViews.NeighbourhoodView;
import org.hamyar.volunteer.SignupRequest;
import org.hamyar.volunteer.SignupValidator;
import org.hamyar.web.Form;
import org.hamyar.web.Texts;
import org.hamyar.web.WebContext;

import io.smallrye.mutiny.Uni;

/** A sign-up step's answers checked by the sign-up validator and the reference data; errors on the step's fields. */
@ApplicationScoped
class SignupChecks {

    private final WebContext web;
    private final SignupValidator validator;
    private final GeoService geo;

    SignupChecks(WebContext web, SignupValidator validator, GeoService geo) {
        this.web = web;
        this.validator = validator;
        this.geo = geo;
    }

    /** The validator's verdict on a step: only the errors of that step's fields count here. */
    void checkStep(SignupStep step, Map<String, String> answers, List<String> codes, Form form) {
        SignupAnswers a = new SignupAnswers(answers, codes);
        SignupRequest request = a.request();
        List<FieldViolation> violations = new ArrayList<>(a.own());
        try {
            validator.validate(request);
        } catch (ApiException e) {
            violations.addAll(e.violations());
        }
        for (FieldViolation v : violations) {
            String field = a.pageField(v.field());
            if (SignupAnswers.stepOf(field) == step) {
                form.error(field, Texts.page(web.lang(), SignupAnswers.labelKey(field)), Texts.fieldError(web.lang(),
                        v.code()));
            }
        }
    }

    /** A neighbourhood that is not in the reference data is an error of the place step. */
    Uni<Form> checkPlace(Form form) {
        String id = form.value("neighbourhoodId");
        Uni<Optional<NeighbourhoodView>> found;
        try {
            found = geo.neighbourhood(Integer.parseInt(id));
        } catch (NumberFormatException e) {
            found = Uni.createFrom().item(Optional.empty());
        }
        return found.map(n -> n.isPresent() ? form
                : form.error("neighbourhoodId", Texts.page(web.lang(), "label_neighbourhoodId"),
                        Texts.fieldError(web.lang(), "unknown")));
    }

    /** What the service refused, linked to the field on the step that asks for it. */
    Form refused(SignupAnswers answers, List<FieldViolation> violations) {
        Form form = Form.empty();
        for (FieldViolation v : violations) {
            String field = answers.pageField(v.field());
            SignupStep step = SignupAnswers.stepOf(field);
            form.error(field, Texts.page(web.lang(), SignupAnswers.labelKey(field)), Texts.fieldError(web.lang(), v.code()),
                    step.href() + "#" + field);
        }
        return form;
    }
}
