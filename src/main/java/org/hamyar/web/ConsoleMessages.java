package org.hamyar.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The staff console's own texts, {@code {console:…}} in templates; Persian in {@code messages/console_fa.properties}, English
 * in
 * {@code messages/console_en.properties}. The build fails on a template naming a text that is not here; a text
 * with a parameter names it in braces.
 */
@MessageBundle(value = "console", locale = "fa")
public interface ConsoleMessages {

    @Message
    String staff_login_title();

    @Message
    String staff_login_intro();

    @Message
    String staff_password_title();

    @Message
    String staff_password_intro();

    @Message
    String staff_password_done();

    @Message
    String label_token();

    @Message
    String label_username();

    @Message
    String label_password();

    @Message
    String queue_title();

    @Message
    String outcomes_title();

    @Message
    String label_sort();

    @Message
    String label_filter_need();

    @Message
    String label_filter_centre();

    @Message
    String label_filter_skill();

    @Message
    String all();

    @Message
    String apply_filters();

    @Message
    String queue_count(String n);

    @Message
    String queue_empty();

    @Message
    String select_proposal(String need, String volunteer);

    @Message
    String waiting_for(String n);

    @Message
    String fact_volunteer();

    @Message
    String fact_distance();

    @Message
    String fact_availability();

    @Message
    String fact_score();

    @Message
    String approve_selected();

    @Message
    String label_reject_reason();

    @Message
    String hint_reject_reason();

    @Message
    String reject_selected();

    @Message
    String label_decision_matches();

    @Message
    String pages();

    @Message
    String previous_page();

    @Message
    String next_page();

    @Message
    String needs_title();

    @Message
    String needs_none();

    @Message
    String need_new_title();

    @Message
    String need_edit_title();

    @Message
    String label_need_title();

    @Message
    String label_need_description();

    @Message
    String label_need_centreId();

    @Message
    String label_need_targetGroup();

    @Message
    String hint_need_targetGroup();

    @Message
    String label_need_sensitive_box();

    @Message
    String label_need_volunteersNeeded();

    @Message
    String label_need_startsOn();

    @Message
    String label_need_endsOn();

    @Message
    String hint_jalali_date();

    @Message
    String label_need_priority();

    @Message
    String label_need_status();

    @Message
    String label_need_period();

    @Message
    String label_need_skills();

    @Message
    String hint_need_skills();

    @Message
    String label_need_slots();

    @Message
    String label_need_languages();

    @Message
    String hint_need_languages();

    @Message
    String need_matches();

    @Message
    String need_no_matches();

    @Message
    String need_candidates();

    @Message
    String need_no_candidates();

    @Message
    String label_propose_reason();

    @Message
    String propose();

    @Message
    String match_history();

    @Message
    String label_move_reason();

    @Message
    String label_move_hours();

    @Message
    String centres_title();

    @Message
    String centres_none();

    @Message
    String centre_new_title();

    @Message
    String label_centre_type();

    @Message
    String label_centre_nameFa();

    @Message
    String label_centre_nameEn();

    @Message
    String label_centre_address();

    @Message
    String label_centre_neighbourhoodId();

    @Message
    String label_centre_location();

    @Message
    String hint_centre_location();

    @Message
    String label_centre_lat();

    @Message
    String label_centre_lon();

    @Message
    String label_centre_capacity();

    @Message
    String label_centre_hours();

    @Message
    String label_centre_phone();

    @Message
    String label_centre_email();

    @Message
    String use_neighbourhood_point();

    @Message
    String centre_map_title();

    @Message
    String centre_map_hint();

    @Message
    String use_device_location();

    @Message
    String volunteer_reason_title();

    @Message
    String volunteer_reason_notice();

    @Message
    String label_access_reason();

    @Message
    String hint_access_reason();

    @Message
    String volunteer_show();

    @Message
    String volunteer_title();

    @Message
    String volunteer_recorded(String reason);

    @Message
    String dashboard_title();

    @Message
    String dashboard_intro();

    @Message
    String dashboard_csv();
}
