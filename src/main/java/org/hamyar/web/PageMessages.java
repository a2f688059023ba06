package org.hamyar.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages' texts, {@code {msg:…}} in templates; Persian in {@code messages/msg_fa.properties}, English in
 * {@code messages/msg_en.properties}. The build fails on a template naming a text that is not here; a text with a
 * parameter names it in braces ({@code {place}}).
 */
@MessageBundle(value = "msg", locale = "fa")
public interface PageMessages {

    @Message
    String site_name();

    @Message
    String skip_to_content();

    @Message
    String staff_console();

    @Message
    String nav_label();

    @Message
    String other_language();

    @Message
    String nav_my_page();

    @Message
    String nav_log_out();

    @Message
    String nav_sign_up();

    @Message
    String nav_log_in();

    @Message
    String footer_about();

    @Message
    String footer_privacy();

    @Message
    String footer_api();

    @Message
    String error_summary_title();

    @Message
    String back();

    @Message
    String continue_button();

    @Message
    String choose();

    @Message
    String search();

    @Message
    String save();

    @Message
    String change();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String unit_km();

    @Message
    String home_title();

    @Message
    String home_lead();

    @Message
    String home_volunteers_so_far();

    @Message
    String home_sign_up();

    @Message
    String home_needs_title();

    @Message
    String home_needs_intro();

    @Message
    String home_needs_near(String place);

    @Message
    String home_no_needs();

    @Message
    String need_hidden_title();

    @Message
    String need_hidden_text();

    @Message
    String volunteers_needed(String n);

    @Message
    String priority_LOW();

    @Message
    String priority_NORMAL();

    @Message
    String priority_HIGH();

    @Message
    String priority_URGENT();

    @Message
    String place_intro();

    @Message
    String place_search_label();

    @Message
    String place_search_hint();

    @Message
    String place_chosen(String name);

    @Message
    String place_none_found();

    @Message
    String place_pick_first();

    @Message
    String label_province();

    @Message
    String label_county();

    @Message
    String show_counties();

    @Message
    String show_neighbourhoods();

    @Message
    String step_identity();

    @Message
    String step_place();

    @Message
    String step_skills();

    @Message
    String step_availability();

    @Message
    String step_preferences();

    @Message
    String step_consent();

    @Message
    String step_progress_1();

    @Message
    String step_progress_2();

    @Message
    String step_progress_3();

    @Message
    String step_progress_4();

    @Message
    String step_progress_5();

    @Message
    String step_progress_6();

    @Message
    String identity_intro();

    @Message
    String label_nationalId();

    @Message
    String hint_nationalId();

    @Message
    String label_mobile();

    @Message
    String hint_mobile();

    @Message
    String label_firstName();

    @Message
    String label_lastName();

    @Message
    String label_name();

    @Message
    String label_birth_date();

    @Message
    String hint_birth_date();

    @Message
    String label_year();

    @Message
    String label_month();

    @Message
    String label_day();

    @Message
    String label_gender();

    @Message
    String gender_unsaid();

    @Message
    String gender_female();

    @Message
    String gender_male();

    @Message
    String label_neighbourhoodId();

    @Message
    String skills_intro();

    @Message
    String label_skills();

    @Message
    String level_0();

    @Message
    String level_1();

    @Message
    String level_2();

    @Message
    String level_3();

    @Message
    String level_4();

    @Message
    String level_5();

    @Message
    String availability_intro();

    @Message
    String label_availability();

    @Message
    String availability_none();

    @Message
    String label_from();

    @Message
    String label_to();

    @Message
    String day_SATURDAY();

    @Message
    String day_SUNDAY();

    @Message
    String day_MONDAY();

    @Message
    String day_TUESDAY();

    @Message
    String day_WEDNESDAY();

    @Message
    String day_THURSDAY();

    @Message
    String day_FRIDAY();

    @Message
    String label_languages();

    @Message
    String hint_languages();

    @Message
    String language_fa();

    @Message
    String language_az();

    @Message
    String language_ku();

    @Message
    String language_ar();

    @Message
    String language_tk();

    @Message
    String language_ps();

    @Message
    String language_ur();

    @Message
    String language_hy();

    @Message
    String language_tr();

    @Message
    String language_en();

    @Message
    String label_maxTravelKm();

    @Message
    String hint_maxTravelKm();

    @Message
    String privacy_title();

    @Message
    String privacy_what();

    @Message
    String privacy_protect();

    @Message
    String privacy_staff();

    @Message
    String privacy_rights();

    @Message
    String privacy_texts();

    @Message
    String privacy_more();

    @Message
    String label_consentDataProcessing();

    @Message
    String label_consentSms();

    @Message
    String check_title();

    @Message
    String check_send_title();

    @Message
    String check_send_text();

    @Message
    String check_submit();

    @Message
    String signup_already_registered();

    @Message
    String done_title();

    @Message
    String done_ids();

    @Message
    String done_next_title();

    @Message
    String done_next_text();

    @Message
    String done_home();

    @Message
    String login_title();

    @Message
    String login_intro();

    @Message
    String login_send_code();

    @Message
    String login_not_registered();

    @Message
    String login_code_title();

    @Message
    String login_code_intro();

    @Message
    String label_code();

    @Message
    String hint_code();

    @Message
    String login_submit();

    @Message
    String login_resend();

    @Message
    String login_too_many(String n);

    @Message
    String login_wrong_code();

    @Message
    String me_title();

    @Message
    String me_sections();

    @Message
    String me_profile();

    @Message
    String me_edit();

    @Message
    String me_change_place();

    @Message
    String me_matches();

    @Message
    String me_no_matches();

    @Message
    String match_accept();

    @Message
    String match_decline();

    @Message
    String match_leave_waitlist();

    @Message
    String match_waitlist_position(String n);

    @Message
    String match_invited_detail();

    @Message
    String match_hours(String n);

    @Message
    String status_PROPOSED();

    @Message
    String status_APPROVED();

    @Message
    String status_REJECTED();

    @Message
    String status_INVITED();

    @Message
    String status_ACCEPTED();

    @Message
    String status_WAITLISTED();

    @Message
    String status_DECLINED();

    @Message
    String status_ACTIVE();

    @Message
    String status_COMPLETED();

    @Message
    String status_CANCELLED();

    @Message
    String status_NO_SHOW();

    @Message
    String notice_accepted();

    @Message
    String notice_waitlisted();

    @Message
    String notice_declined();

    @Message
    String notice_conflict();

    @Message
    String notice_updated();

    @Message
    String me_suggestions();

    @Message
    String me_no_suggestions();

    @Message
    String suggestion_fit(String score, String distance);

    @Message
    String me_access_log();

    @Message
    String me_access_intro();

    @Message
    String me_no_access();

    @Message
    String access_when();

    @Message
    String access_who();

    @Message
    String access_what();

    @Message
    String access_why();

    @Message
    String action_volunteer_read();

    @Message
    String action_volunteer_update();

    @Message
    String action_volunteer_export();

    @Message
    String action_volunteer_erase();

    @Message
    String me_my_data();

    @Message
    String me_export_text();

    @Message
    String me_export();

    @Message
    String me_erase_text();

    @Message
    String me_erase();

    @Message
    String me_place_title();

    @Message
    String edit_title();

    @Message
    String edit_intro();

    @Message
    String erase_title();

    @Message
    String erase_warning();

    @Message
    String erase_what();

    @Message
    String erase_export_first();

    @Message
    String erase_confirm();

    @Message
    String erase_cancel();

    @Message
    String goodbye_title();

    @Message
    String goodbye_text();

    @Message
    String error_title();

    @Message
    String error_not_found();

    @Message
    String error_forbidden();

    @Message
    String error_cross_site();

    @Message
    String error_bad_request();

    @Message
    String error_too_many();

    @Message
    String error_internal();
}
