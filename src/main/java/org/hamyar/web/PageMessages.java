package org.hamyar.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages, {@code {msg:…}} in templates; Persian in {@code messages/msg_fa.properties}, English in
 * {@code messages/msg_en.properties}. The build fails on a template naming a text that is not here; a text
 * with a parameter names it in braces.
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
    String distance_hidden();

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

    @Message
    String staff_nav_queue();

    @Message
    String staff_nav_needs();

    @Message
    String staff_nav_centres();

    @Message
    String staff_nav_dashboard();

    @Message
    String staff_locked(String n);

    @Message
    String staff_wrong_credentials();

    @Message
    String outcome_APPLIED();

    @Message
    String outcome_CONFLICT();

    @Message
    String outcome_NOT_FOUND();

    @Message
    String outcome_FORBIDDEN();

    @Message
    String sort_priority();

    @Message
    String sort_score();

    @Message
    String sort_waiting();

    @Message
    String waiting_minutes(String n);

    @Message
    String waiting_minute(String n);

    @Message
    String waiting_hour(String n);

    @Message
    String waiting_hours(String n);

    @Message
    String waiting_days(String n);

    @Message
    String component_skills();

    @Message
    String component_distance();

    @Message
    String component_availability();

    @Message
    String component_language();

    @Message
    String component_load();

    @Message
    String label_decision_decision();

    @Message
    String label_decision_reason();

    @Message
    String page_of(String n);

    @Message
    String need_untitled();

    @Message
    String volunteer_erased();

    @Message
    String need_title(String n);

    @Message
    String notice_created();

    @Message
    String notice_proposed();

    @Message
    String notice_moved();

    @Message
    String notice_centre_saved();

    @Message
    String label_need_sensitive();

    @Message
    String label_need_weeklySlots();

    @Message
    String label_need_languages_list();

    @Message
    String need_status_OPEN();

    @Message
    String need_status_FILLED();

    @Message
    String need_status_CLOSED();

    @Message
    String group_ELDERLY();

    @Message
    String group_WORKING_CHILDREN();

    @Message
    String group_ADDICTION_RECOVERY();

    @Message
    String group_HOMELESS();

    @Message
    String group_WOMEN_HEADED_HOUSEHOLDS();

    @Message
    String group_PEOPLE_WITH_DISABILITIES();

    @Message
    String group_MARGINAL_SETTLEMENTS();

    @Message
    String group_YOUTH_AND_FAMILIES();

    @Message
    String label_propose_volunteerId();

    @Message
    String label_propose_reason_error();

    @Message
    String label_propose_needId();

    @Message
    String problem_duplicate_match();

    @Message
    String problem_need_not_open();

    @Message
    String problem_invalid_transition();

    @Message
    String label_move_to();

    @Message
    String move_APPROVED();

    @Message
    String move_REJECTED();

    @Message
    String move_INVITED();

    @Message
    String move_ACTIVE();

    @Message
    String move_COMPLETED();

    @Message
    String move_NO_SHOW();

    @Message
    String move_CANCELLED();

    @Message
    String actor_SYSTEM();

    @Message
    String actor_VOLUNTEER();

    @Message
    String actor_STAFF();

    @Message
    String actor_PARTNER();

    @Message
    String centre_edit_title();

    @Message
    String label_centre_availability();

    @Message
    String centre_type_FACILITATION_CENTRE();

    @Message
    String centre_type_POSITIVE_LIFE_CENTRE();

    @Message
    String centre_type_NGO_OFFICE();

    @Message
    String centre_type_MOSQUE_OR_COMMUNITY_HALL();

    @Message
    String centre_type_POLICE_SOCIAL_UNIT();

    @Message
    String centre_type_SHELTER();

    @Message
    String centre_type_TREATMENT_CENTRE();

    @Message
    String figure_signups();

    @Message
    String figure_open_needs();

    @Message
    String figure_filled_needs();

    @Message
    String figure_hours();

    @Message
    String figure_review_wait();

    @Message
    String hours_n(String n);

    @Message
    String chart_signups_by_day();

    @Message
    String chart_signups_by_county();

    @Message
    String chart_signups_by_skill();

    @Message
    String chart_matches_by_state();

    @Message
    String chart_label();

    @Message
    String chart_count();

    @Message
    String chart_by_province();

    @Message
    String chart_by_skill();

    @Message
    String chart_by_day();

    @Message
    String campaign_total();

    @Message
    String campaign_as_of(String when);
}
