"""The English catalogue: every message code of the domain and the services, and its sentence.

The sentences of the PDF reports are here too, by code (``report.``, ``debrief.``, ``pdf.``):
``services/pdf_words.py`` writes a report in its language from this catalogue or the French one.

This is the one place a message's English is written. The command line prints it, the
services log it, and it is the source text translators see: ``make translations`` runs Qt's
lupdate over this file too (``QT_TRANSLATE_NOOP`` below only marks a text for it), so each
template is a source text of the ``Domain`` context in ``resources/i18n/*.ts``.

``{name}`` stands for a parameter (see :mod:`peerdesk.domain.messages`). Keep a code when its
sentence changes in meaning only slightly; give it a new code when it says something else.
tests/unit/domain/test_messages.py fails when a code has no English or no French.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` as a source text of ``context`` for lupdate; return it unchanged."""
    del context
    return text


ENGLISH: dict[str, str] = {
    # contacts (domain/contacts.py, services/contacts.py)
    "contact.date_future": QT_TRANSLATE_NOOP("Domain", "The date cannot be in the future."),
    "contact.date_too_old": QT_TRANSLATE_NOOP(
        "Domain", "The date is more than a year ago. Log a contact within a year of it."),
    "contact.duration_range": QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} minutes."),
    "contact.group_size_range": QT_TRANSLATE_NOOP("Domain", "A group has {low}–{high} people."),
    "contact.group_size_not_group": QT_TRANSLATE_NOOP(
        "Domain", "Group size applies to group formats only."),
    "contact.no_topic": QT_TRANSLATE_NOOP("Domain", "Choose at least one topic."),
    "contact.no_incident_type": QT_TRANSLATE_NOOP(
        "Domain", "Choose the kind of critical incident."),
    "contact.escalation_referral": QT_TRANSLATE_NOOP(
        "Domain", "Imminent danger needs a crisis line, medical or clinician referral before "
        "saving."),
    "contact.no_disclosure_route": QT_TRANSLATE_NOOP(
        "Domain", "Record who it was disclosed to (a role, not a name)."),
    "contact.referral_twice": QT_TRANSLATE_NOOP("Domain", "Each referral type may appear once."),
    "contact.follow_up_before": QT_TRANSLATE_NOOP(
        "Domain", "The follow-up cannot be due before the contact."),
    "contact.note_too_long": QT_TRANSLATE_NOOP(
        "Domain", "Keep the note under {count} characters."),
    "contact.note_control": QT_TRANSLATE_NOOP(
        "Domain", "The note contains control characters; retype it."),
    "contact.note_unreadable": QT_TRANSLATE_NOOP(
        "Domain", "The note contains unreadable characters; retype it."),
    "contact.no_checklist_version": QT_TRANSLATE_NOOP(
        "Domain", "This checklist version does not exist."),
    "contact.unknown_checklist_item": QT_TRANSLATE_NOOP(
        "Domain", "An item that is not on the checklist was ticked."),
    "contact.notes_off": QT_TRANSLATE_NOOP(
        "Domain", "Private notes are turned off by the program's policy."),
    "contact.follow_up_of_missing": QT_TRANSLATE_NOOP(
        "Domain", "The contact this follows up was not found."),
    "contact.incident_missing": QT_TRANSLATE_NOOP(
        "Domain", "That incident is not open to you. Choose another or none."),
    # critical incidents (domain/incidents.py, services/incidents.py)
    "incident.time_future": QT_TRANSLATE_NOOP("Domain", "The time cannot be in the future."),
    "incident.time_too_old": QT_TRANSLATE_NOOP(
        "Domain", "The date is more than a year ago. Log an incident within a year of it."),
    "incident.no_group": QT_TRANSLATE_NOOP("Domain", "Choose at least one member group."),
    "incident.involved_range": QT_TRANSLATE_NOOP(
        "Domain", "Enter {low}–{high} personnel (an estimate is fine)."),
    "incident.no_lead": QT_TRANSLATE_NOOP("Domain", "Choose the team's response lead."),
    "incident.not_team_member": QT_TRANSLATE_NOOP(
        "Domain", "Choose active supporters or coordinators of the team."),
    "incident.not_on_response": QT_TRANSLATE_NOOP(
        "Domain", "Choose members who are on this incident's response."),
    "incident.before_incident": QT_TRANSLATE_NOOP(
        "Domain", "This cannot be before the incident's date and time."),
    "incident.reached_range": QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} personnel."),
    "incident.all_reached": QT_TRANSLATE_NOOP(
        "Domain", "All {count} personnel involved are already reached. If the number involved "
        "was an estimate, change it first."),
    "incident.newly_reached_range": QT_TRANSLATE_NOOP(
        "Domain", "Enter {low}–{high}: newly reached attendees are some of the attendees."),
    "incident.not_group_format": QT_TRANSLATE_NOOP(
        "Domain", "Choose a defusing, a debriefing or a crisis management briefing."),
    "incident.no_facilitator": QT_TRANSLATE_NOOP("Domain", "Choose at least one facilitator."),
    "incident.involved_below_reached": QT_TRANSLATE_NOOP(
        "Domain", "{count} personnel are already reached: the number involved cannot be lower."),
    "incident.assigned_over": QT_TRANSLATE_NOOP(
        "Domain", "The team cannot be given more than the {count} personnel involved."),
    "incident.closed": QT_TRANSLATE_NOOP(
        "Domain", "This incident is closed. Reopen it to record more."),
    "incident.acute_already_closed": QT_TRANSLATE_NOOP(
        "Domain", "The acute phase of this incident is already closed."),
    "incident.follow_up_days": QT_TRANSLATE_NOOP(
        "Domain", "Enter 1–6 different numbers of days from 1 to 365, separated by commas."),
    # supporter training records (domain/training_records.py, services/training_records.py)
    "training.no_course": QT_TRANSLATE_NOOP("Domain", "Choose the course."),
    "training.date_future": QT_TRANSLATE_NOOP("Domain", "The date cannot be in the future."),
    "training.date_too_old": QT_TRANSLATE_NOOP("Domain", "Enter a date from 1970 on."),
    "training.hours_range": QT_TRANSLATE_NOOP(
        "Domain", "Enter the hours: at least one minute, at most {high} hours."),
    "training.no_expiry_here": QT_TRANSLATE_NOOP(
        "Domain", "Only a course or a certification can expire."),
    "training.expiry_before": QT_TRANSLATE_NOOP(
        "Domain", "The expiry date cannot be before the date completed."),
    "training.provider_identifying": QT_TRANSLATE_NOOP(
        "Domain", "This looks like a person's name or contact details. Write the organization "
        "or the role (for example \"staff psychologist\"), never a name."),
    "training.unknown_course": QT_TRANSLATE_NOOP("Domain", "Choose courses from the list."),
    "training.period_order": QT_TRANSLATE_NOOP(
        "Domain", "The period's start cannot be after its end."),
    # policy (domain/policy.py)
    "policy.whole_number": QT_TRANSLATE_NOOP("Domain", "Enter a whole number."),
    "policy.range_minutes": QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} minutes."),
    "policy.range_days": QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} days."),
    "policy.range_contacts": QT_TRANSLATE_NOOP("Domain", "Enter {low}–{high} contacts."),
    "policy.no_program_name": QT_TRANSLATE_NOOP("Domain", "Enter the program's name."),
    "policy.one_line": QT_TRANSLATE_NOOP("Domain", "Use one line of text."),
    "policy.no_checklist_item": QT_TRANSLATE_NOOP("Domain", "Keep at least one checklist item."),
    "policy.too_many_items": QT_TRANSLATE_NOOP("Domain", "Use at most {count} items."),
    "policy.item_twice": QT_TRANSLATE_NOOP("Domain", "This item is already in the list."),
    "policy.too_many_agencies": QT_TRANSLATE_NOOP("Domain", "List at most {count} agencies."),
    "policy.agency_twice": QT_TRANSLATE_NOOP("Domain", "An agency is in the list twice."),
    "policy.year_start": QT_TRANSLATE_NOOP(
        "Domain", "Choose January, April, July or October: a reporting year is four quarters."),
    # shared by several fields
    "text.too_long": QT_TRANSLATE_NOOP("Domain", "Use at most {count} characters."),
    # members and passphrases (domain/members.py, services/team.py, workspace.py, passphrase.py)
    "member.no_name": QT_TRANSLATE_NOOP("Domain", "Enter a name."),
    "member.name_unprintable": QT_TRANSLATE_NOOP(
        "Domain", "Use letters, digits, spaces and punctuation only."),
    "member.no_role": QT_TRANSLATE_NOOP("Domain", "Choose at least one role."),
    "passphrase.weak_temporary": QT_TRANSLATE_NOOP(
        "Domain", "Choose a stronger temporary passphrase."),
    "passphrase.unchanged": QT_TRANSLATE_NOOP(
        "Domain", "Choose a passphrase different from the current one."),
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "Domain", "Use at least {count} characters; a few unusual words work well."),
    "passphrase.common": QT_TRANSLATE_NOOP(
        "Domain", "Add another word or two that are not a common phrase."),
    "passphrase.weak": QT_TRANSLATE_NOOP("Domain", "Choose a stronger passphrase."),
    "passphrase.repeat_differs": QT_TRANSLATE_NOOP(
        "Domain", "The two passphrases are not the same."),
    # zxcvbn's feedback (zxcvbn/feedback.py), by the sentence zxcvbn writes
    "zxcvbn.few_words": QT_TRANSLATE_NOOP("Domain", "Use a few words, avoid common phrases."),
    "zxcvbn.no_symbols_needed": QT_TRANSLATE_NOOP(
        "Domain", "No need for symbols, digits, or uppercase letters."),
    "zxcvbn.add_word": QT_TRANSLATE_NOOP(
        "Domain", "Add another word or two. Uncommon words are better."),
    "zxcvbn.straight_rows": QT_TRANSLATE_NOOP(
        "Domain", "Straight rows of keys are easy to guess."),
    "zxcvbn.short_pattern": QT_TRANSLATE_NOOP(
        "Domain", "Short keyboard patterns are easy to guess."),
    "zxcvbn.longer_pattern": QT_TRANSLATE_NOOP(
        "Domain", "Use a longer keyboard pattern with more turns."),
    "zxcvbn.repeats_aaa": QT_TRANSLATE_NOOP("Domain", "Repeats like \"aaa\" are easy to guess."),
    "zxcvbn.repeats_abc": QT_TRANSLATE_NOOP(
        "Domain", "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"."),
    "zxcvbn.avoid_repeats": QT_TRANSLATE_NOOP(
        "Domain", "Avoid repeated words and characters."),
    "zxcvbn.sequences_easy": QT_TRANSLATE_NOOP(
        "Domain", "Sequences like \"abc\" or \"6543\" are easy to guess."),
    "zxcvbn.avoid_sequences": QT_TRANSLATE_NOOP("Domain", "Avoid sequences."),
    "zxcvbn.recent_years": QT_TRANSLATE_NOOP("Domain", "Recent years are easy to guess."),
    "zxcvbn.avoid_recent_years": QT_TRANSLATE_NOOP("Domain", "Avoid recent years."),
    "zxcvbn.avoid_your_years": QT_TRANSLATE_NOOP(
        "Domain", "Avoid years that are associated with you."),
    "zxcvbn.dates_easy": QT_TRANSLATE_NOOP("Domain", "Dates are often easy to guess."),
    "zxcvbn.avoid_your_dates": QT_TRANSLATE_NOOP(
        "Domain", "Avoid dates and years that are associated with you."),
    "zxcvbn.top_10": QT_TRANSLATE_NOOP("Domain", "This is a top-10 common password."),
    "zxcvbn.top_100": QT_TRANSLATE_NOOP("Domain", "This is a top-100 common password."),
    "zxcvbn.very_common": QT_TRANSLATE_NOOP("Domain", "This is a very common password."),
    "zxcvbn.similar_common": QT_TRANSLATE_NOOP(
        "Domain", "This is similar to a commonly used password."),
    "zxcvbn.single_word": QT_TRANSLATE_NOOP("Domain", "A word by itself is easy to guess."),
    "zxcvbn.names_alone": QT_TRANSLATE_NOOP(
        "Domain", "Names and surnames by themselves are easy to guess."),
    "zxcvbn.common_names": QT_TRANSLATE_NOOP(
        "Domain", "Common names and surnames are easy to guess."),
    "zxcvbn.capitals": QT_TRANSLATE_NOOP("Domain", "Capitalization doesn't help very much."),
    "zxcvbn.all_upper": QT_TRANSLATE_NOOP(
        "Domain", "All-uppercase is almost as easy to guess as all-lowercase."),
    "zxcvbn.reversed": QT_TRANSLATE_NOOP("Domain", "Reversed words aren't much harder to guess."),
    "zxcvbn.substitutions": QT_TRANSLATE_NOOP(
        "Domain", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    # demo data and training (services/demo_data.py, services/drills.py)
    "demo.count_range": QT_TRANSLATE_NOOP("Domain", "Choose {low}–{high} contacts."),
    "demo.start_after_end": QT_TRANSLATE_NOOP("Domain", "The start date is after the end date."),
    "demo.future": QT_TRANSLATE_NOOP("Domain", "Demo contacts cannot be in the future."),
    "training.title_length": QT_TRANSLATE_NOOP(
        "Domain", "Give the session a title of {low}–{high} characters."),
    "training.trainee_name_length": QT_TRANSLATE_NOOP(
        "Domain", "Type a name of {low}–{high} characters."),
    "training.reset_real_vault": QT_TRANSLATE_NOOP("Domain", "it is the real vault's folder."),
    "training.reset_unreadable": QT_TRANSLATE_NOOP(
        "Domain", "its key-slot file cannot be read, so it cannot be told apart from a real "
        "vault. Move the folder away by hand if it is a training vault."),
    # referral directory (domain/referrals.py, services/referrals.py)
    "resource.no_name": QT_TRANSLATE_NOOP("Domain", "Enter the resource's name."),
    "resource.too_long": QT_TRANSLATE_NOOP("Domain", "Keep it under {count} characters."),
    "resource.bad_characters": QT_TRANSLATE_NOOP(
        "Domain", "It contains control or unreadable characters; retype it."),
    "resource.no_category": QT_TRANSLATE_NOOP("Domain", "Choose a category."),
    "resource.no_cost": QT_TRANSLATE_NOOP("Domain", "Choose free, covered or fee."),
    "resource.phone_characters": QT_TRANSLATE_NOOP(
        "Domain", "Use digits, spaces and + - ( ) . only, with an optional extension (for "
        "example +1 416 555 0100 ext 12)."),
    "resource.phone_short": QT_TRANSLATE_NOOP(
        "Domain", "A phone number has at least {count} digits."),
    "resource.phone_long": QT_TRANSLATE_NOOP(
        "Domain", "A phone number has at most {count} digits (before any extension)."),
    "resource.example_phone": QT_TRANSLATE_NOOP(
        "Domain", "An example entry has no phone number; mark it as real to add one."),
    "resource.verified_future": QT_TRANSLATE_NOOP(
        "Domain", "The verification date cannot be in the future."),
    # known errors the UI shows by their message (domain/referrals.py); the other errors' English
    # is their class's template and the UI has a sentence of its own for them (ui/kit/messages.py)
    "referral_csv_unreadable": QT_TRANSLATE_NOOP(
        "Domain", "{path} cannot be read as a directory file: {detail}."),
    "referral_import_rejected": QT_TRANSLATE_NOOP(
        "Domain", "The file has {count} bad row(s); nothing was imported. Fix them and try again."),
    "referral_import_stale": QT_TRANSLATE_NOOP(
        "Domain", "The directory changed since the preview; nothing was imported. Preview again."),
    # the directory file (domain/referral_csv.py, services/referrals.py): why a row or the file
    # cannot be imported
    "list": QT_TRANSLATE_NOOP("Domain", "{items}"),
    "csv.too_large": QT_TRANSLATE_NOOP("Domain", "the file is larger than {count} MB; split it"),
    "csv.not_utf8": QT_TRANSLATE_NOOP(
        "Domain", "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again"),
    "csv.empty": QT_TRANSLATE_NOOP(
        "Domain", "the file is empty; it needs a header row and at least one resource"),
    "csv.no_rows": QT_TRANSLATE_NOOP("Domain", "the file has a header but no resources"),
    "csv.too_many_rows": QT_TRANSLATE_NOOP("Domain", "more than {count} rows; split the file"),
    "csv.header": QT_TRANSLATE_NOOP("Domain", "header: {problems}"),
    "csv.unknown_columns": QT_TRANSLATE_NOOP(
        "Domain", "unknown column(s) {names} (the columns are: {columns})"),
    "csv.columns_twice": QT_TRANSLATE_NOOP("Domain", "column(s) named twice: {columns}"),
    "csv.columns_missing": QT_TRANSLATE_NOOP("Domain", "required column(s) missing: {columns}"),
    "csv.field_count": QT_TRANSLATE_NOOP(
        "Domain", "has {count} fields but the header has {expected} (check for a missing or "
        "extra comma, or an unclosed quote)"),
    "csv.duplicate_row": QT_TRANSLATE_NOOP(
        "Domain", "duplicate of line {line} (same name and phone)"),
    "csv.duplicate_in_directory": QT_TRANSLATE_NOOP(
        "Domain", "duplicate: already in the directory (same name and phone)"),
    "csv.unreadable_from_here": QT_TRANSLATE_NOOP(
        "Domain", "cannot be read as CSV from here on ({detail}); nothing after it was read"),
    "csv.no_name": QT_TRANSLATE_NOOP("Domain", "the name is missing"),
    "csv.no_category": QT_TRANSLATE_NOOP("Domain", "the category is missing"),
    "csv.unknown_category": QT_TRANSLATE_NOOP(
        "Domain", "unknown category {value} (use one of: {codes})"),
    "csv.unknown_cost": QT_TRANSLATE_NOOP(
        "Domain", "unknown cost {value} (use free, covered or fee)"),
    "csv.bad_yes_no": QT_TRANSLATE_NOOP(
        "Domain", "bad yes/no value in {column}: {value} (use yes or no)"),
    "csv.bad_date": QT_TRANSLATE_NOOP(
        "Domain", "bad date in last_verified: {value} (use YYYY-MM-DD)"),
    "csv.date_problem": QT_TRANSLATE_NOOP("Domain", "bad date in last_verified: {message}"),
    "csv.bad_phone": QT_TRANSLATE_NOOP("Domain", "malformed phone {value}: {message}"),
    "csv.column_problem": QT_TRANSLATE_NOOP("Domain", "{column}: {message}"),
    # scenario packs (domain/drill_pack.py, services/drills.py): "source:line: scenario 'id': "
    # then what is wrong there
    "pack.at": QT_TRANSLATE_NOOP("Domain", "{source}:{line}: {message}"),
    "pack.at_scenario": QT_TRANSLATE_NOOP(
        "Domain", "{source}:{line}: scenario '{scenario}': {message}"),
    "pack.file_too_large": QT_TRANSLATE_NOOP("Domain", "the file is larger than {count} kB"),
    "pack.not_utf8": QT_TRANSLATE_NOOP("Domain", "not UTF-8 text"),
    "pack.too_large": QT_TRANSLATE_NOOP("Domain", "the pack is larger than {count} kB"),
    "pack.toml_syntax": QT_TRANSLATE_NOOP("Domain", "TOML syntax: {detail}"),
    "pack.too_deep": QT_TRANSLATE_NOOP("Domain", "the pack nests values too deeply"),
    "pack.no_scenarios": QT_TRANSLATE_NOOP("Domain", "the pack holds no scenarios"),
    "pack.key_missing": QT_TRANSLATE_NOOP("Domain", "'{key}' is missing"),
    "pack.key_not_text": QT_TRANSLATE_NOOP("Domain", "'{key}' must be text"),
    "pack.key_empty": QT_TRANSLATE_NOOP("Domain", "'{key}' is empty"),
    "pack.key_too_long": QT_TRANSLATE_NOOP(
        "Domain", "'{key}' is longer than {count} characters"),
    "pack.bad_id": QT_TRANSLATE_NOOP(
        "Domain", "id '{key}' must be lower-case letters, digits and dashes, starting with a "
        "letter or digit"),
    "pack.unknown_key": QT_TRANSLATE_NOOP(
        "Domain", "unknown key '{key}' in {what} (expected one of: {keys})"),
    "pack.unknown_key_in_table": QT_TRANSLATE_NOOP(
        "Domain", "unknown key '{key}' in {table} (expected one of: {keys})"),
    "pack.expected_key_missing": QT_TRANSLATE_NOOP(
        "Domain", "'{key}' is missing from the expected log"),
    "pack.unknown_code_near": QT_TRANSLATE_NOOP(
        "Domain", "unknown {noun} code {value} (did you mean '{code}'?)"),
    "pack.unknown_code": QT_TRANSLATE_NOOP("Domain", "unknown {noun} code {value}"),
    "pack.not_a_list": QT_TRANSLATE_NOOP("Domain", "'{key}' must be a list like [\"{code}\"]"),
    "pack.listed_twice": QT_TRANSLATE_NOOP("Domain", "{noun} '{code}' is listed twice"),
    "pack.no_pack_table": QT_TRANSLATE_NOOP(
        "Domain", "the [pack] table (id, title, version, language) is missing"),
    "pack.bad_version": QT_TRANSLATE_NOOP("Domain", "'version' must be a whole number from 1"),
    "pack.bad_language": QT_TRANSLATE_NOOP(
        "Domain", "'language' must be a language code such as \"en\" or \"fr-CA\""),
    "pack.no_scenario": QT_TRANSLATE_NOOP("Domain", "the pack needs at least one [[scenario]]"),
    "pack.too_many_scenarios": QT_TRANSLATE_NOOP(
        "Domain", "a pack holds at most {count} scenarios"),
    "pack.scenario_not_table": QT_TRANSLATE_NOOP(
        "Domain", "each scenario must be a [[scenario]] table"),
    "pack.id_twice": QT_TRANSLATE_NOOP(
        "Domain", "the id '{key}' is used by another scenario in this pack"),
    "pack.bad_time_limit": QT_TRANSLATE_NOOP(
        "Domain", "'time_limit_seconds' must be a whole number from {low} to {high}"),
    "pack.no_debrief": QT_TRANSLATE_NOOP(
        "Domain", "'debrief' must list at least one debrief point"),
    "pack.too_many_debrief": QT_TRANSLATE_NOOP("Domain", "keep to {count} debrief points"),
    "pack.empty_debrief_point": QT_TRANSLATE_NOOP(
        "Domain", "each debrief point must be non-empty text"),
    "pack.bad_why": QT_TRANSLATE_NOOP(
        "Domain", "'why' must be a table of field = \"explanation\""),
    "pack.empty_why": QT_TRANSLATE_NOOP("Domain", "why.{key} must be non-empty text"),
    "pack.no_expected": QT_TRANSLATE_NOOP(
        "Domain", "the expected log ([scenario.expected]) is missing"),
    "pack.no_expected_topic": QT_TRANSLATE_NOOP(
        "Domain", "the expected log needs at least one topic"),
    "pack.bad_group_size": QT_TRANSLATE_NOOP("Domain", "'group_size' must be a whole number"),
    "pack.expected_unsaveable": QT_TRANSLATE_NOOP(
        "Domain", "the expected log could not be saved: {message}"),
    "pack.critical_unfit": QT_TRANSLATE_NOOP("Domain", "critical action '{code}' {why}"),
    "pack.must_be_critical": QT_TRANSLATE_NOOP(
        "Domain", "{what} must be a critical action: add '{code}' to critical"),
    # the parts a pack problem is built from ({what}, {noun}, {why} above)
    "pack.in.file": QT_TRANSLATE_NOOP("Domain", "the file"),
    "pack.in.scenario": QT_TRANSLATE_NOOP("Domain", "a scenario"),
    "pack.in.expected": QT_TRANSLATE_NOOP("Domain", "the expected log"),
    "pack.noun.member_group": QT_TRANSLATE_NOOP("Domain", "member group"),
    "pack.noun.format": QT_TRANSLATE_NOOP("Domain", "format"),
    "pack.noun.risk": QT_TRANSLATE_NOOP("Domain", "risk"),
    "pack.noun.confidentiality_exception": QT_TRANSLATE_NOOP(
        "Domain", "confidentiality exception"),
    "pack.noun.incident_type": QT_TRANSLATE_NOOP("Domain", "incident type"),
    "pack.noun.initiated_by": QT_TRANSLATE_NOOP("Domain", "initiated-by"),
    "pack.noun.topic": QT_TRANSLATE_NOOP("Domain", "topic"),
    "pack.noun.referral": QT_TRANSLATE_NOOP("Domain", "referral"),
    "pack.noun.disclosure_route": QT_TRANSLATE_NOOP("Domain", "disclosure route"),
    "pack.noun.checklist_item": QT_TRANSLATE_NOOP("Domain", "checklist item"),
    "pack.noun.critical_action": QT_TRANSLATE_NOOP("Domain", "critical action"),
    "pack.what.imminent_danger": QT_TRANSLATE_NOOP("Domain", "imminent danger"),
    "pack.what.exception": QT_TRANSLATE_NOOP("Domain", "a confidentiality exception"),
    "pack.needs.imminent_danger": QT_TRANSLATE_NOOP("Domain", "needs risk = \"imminent_danger\""),
    "pack.needs.exception": QT_TRANSLATE_NOOP(
        "Domain", "needs a confidentiality_exception other than \"none\""),
    "pack.needs.referral": QT_TRANSLATE_NOOP("Domain", "needs at least one referral"),
    "pack.needs.hand_over": QT_TRANSLATE_NOOP("Domain", "needs the referral to hand over to"),
    "pack.needs.risk": QT_TRANSLATE_NOOP("Domain", "needs a risk other than \"none_observed\""),
    "pack.needs.no_role_conflict": QT_TRANSLATE_NOOP(
        "Domain", "cannot go with 'no_role_conflict' in the checklist to tick"),
    # drill feedback (domain/drills.py): what a critical action asks, then each verdict; codes
    # in {given}, {expected}, {codes} are shown by their labels, {then} may be the pack's words
    "drill.critical.escalate_imminent_danger_with_crisis_referral": QT_TRANSLATE_NOOP(
        "Domain", "Record imminent danger with a crisis line, medical or clinician referral."),
    "drill.critical.record_confidentiality_exception": QT_TRANSLATE_NOOP(
        "Domain", "Record the confidentiality exception that applies."),
    "drill.critical.record_disclosure_route": QT_TRANSLATE_NOOP(
        "Domain", "Record who the exception was disclosed to (a role, not a name)."),
    "drill.critical.offer_referral": QT_TRANSLATE_NOOP(
        "Domain", "Offer a referral that fits the need."),
    "drill.critical.check_safety": QT_TRANSLATE_NOOP(
        "Domain", "Check for safety and record the risk you saw."),
    "drill.critical.declare_role_conflict": QT_TRANSLATE_NOOP(
        "Domain", "Declare the role conflict: leave 'I have no role conflict' unticked."),
    "drill.critical.hand_over_to_another_supporter": QT_TRANSLATE_NOOP(
        "Domain", "Hand over to another supporter (a warm hand-off)."),
    "drill.critical.no_identifying_details": QT_TRANSLATE_NOOP(
        "Domain", "Keep names and identifying details out of the log."),
    "drill.escalate_risk": QT_TRANSLATE_NOOP(
        "Domain", "Risk was logged as '{given}'; this was imminent danger."),
    "drill.escalate_referral": QT_TRANSLATE_NOOP(
        "Domain", "Imminent danger needs a crisis line, medical or clinician referral."),
    "drill.exception_wrong": QT_TRANSLATE_NOOP(
        "Domain", "The exception was logged as '{given}'; this is '{expected}'."),
    "drill.no_route": QT_TRANSLATE_NOOP("Domain", "No disclosure route was recorded."),
    "drill.route_wrong": QT_TRANSLATE_NOOP(
        "Domain", "Disclosed to '{given}'; this needs {either}."),
    "drill.no_referral": QT_TRANSLATE_NOOP(
        "Domain", "No fitting referral was offered; expected {either}."),
    "drill.safety_unticked": QT_TRANSLATE_NOOP(
        "Domain", "'I checked for safety' was not ticked."),
    "drill.risk_low": QT_TRANSLATE_NOOP(
        "Domain", "Risk was logged as '{given}'; the signs point to '{expected}'."),
    "drill.conflict_ticked": QT_TRANSLATE_NOOP(
        "Domain", "'I have no role conflict' was ticked, but you were part of this incident."),
    "drill.no_hand_over": QT_TRANSLATE_NOOP(
        "Domain", "No warm hand-off to {either} was recorded."),
    "drill.identifiers": QT_TRANSLATE_NOOP(
        "Domain", "The note holds what looks like identifying details ({kinds})."),
    "drill.right": QT_TRANSLATE_NOOP("Domain", "Right."),
    "drill.logged_as": QT_TRANSLATE_NOOP("Domain", "Logged as '{given}'; this is '{expected}'."),
    "drill.rated_lower": QT_TRANSLATE_NOOP("Domain", "Rated lower than the signs on the card."),
    "drill.rated_higher": QT_TRANSLATE_NOOP("Domain", "Rated higher than the card supports."),
    "drill.missing": QT_TRANSLATE_NOOP("Domain", "Missing: {codes}."),
    "drill.unfit": QT_TRANSLATE_NOOP("Domain", "Does not fit this scenario: {codes}."),
    "drill.unticked": QT_TRANSLATE_NOOP("Domain", "Not ticked: {codes}."),
    "drill.then": QT_TRANSLATE_NOOP("Domain", "{first} {then}"),
    "drill.quoted": QT_TRANSLATE_NOOP("Domain", "'{code}'"),
    "word.or": QT_TRANSLATE_NOOP("Domain", "or"),
    "note.kind.email": QT_TRANSLATE_NOOP("Domain", "email"),
    "note.kind.phone": QT_TRANSLATE_NOOP("Domain", "phone"),
    "note.kind.badge_number": QT_TRANSLATE_NOOP("Domain", "badge number"),
    "note.kind.address": QT_TRANSLATE_NOOP("Domain", "address"),
    "note.kind.name": QT_TRANSLATE_NOOP("Domain", "name"),
    # the PDF reports (services/stats/pdf_report.py, services/drill_pdf.py): what every page
    # of a training document says
    "pdf.training_mark": QT_TRANSLATE_NOOP("Domain", "TRAINING — practice data"),
    # the statistics report (services/stats/pdf_report.py)
    "report.year": QT_TRANSLATE_NOOP("Domain", "Year {year}"),
    "report.quarter_months": QT_TRANSLATE_NOOP("Domain", "{first} to {last} {year}"),
    "report.running_head": QT_TRANSLATE_NOOP(
        "Domain", "{program} · Peer support statistics {period}"),
    "report.page_of": QT_TRANSLATE_NOOP("Domain", "Page {page} of {total}"),
    "report.hidden_cells": QT_TRANSLATE_NOOP("Domain", "Hidden cells"),
    "report.unit.contacts": QT_TRANSLATE_NOOP("Domain", "contacts"),
    "report.headline.hours": QT_TRANSLATE_NOOP("Domain", "hours of support"),
    "report.headline.referrals": QT_TRANSLATE_NOOP("Domain", "referrals made"),
    "report.unit.hours": QT_TRANSLATE_NOOP("Domain", "hours"),
    "report.unit.referrals": QT_TRANSLATE_NOOP("Domain", "referrals"),
    "report.unit.ticked": QT_TRANSLATE_NOOP("Domain", "contacts with the item ticked"),
    "report.unit.incidents": QT_TRANSLATE_NOOP("Domain", "incidents"),
    "report.unit.interventions": QT_TRANSLATE_NOOP("Domain", "group interventions"),
    "report.unit.personnel": QT_TRANSLATE_NOOP("Domain", "personnel"),
    "report.reach_percent": QT_TRANSLATE_NOOP(
        "Domain", "{row}: {percent} % of the personnel involved."),
    "report.reach_no_percent": QT_TRANSLATE_NOOP(
        "Domain", "Percentages are shown only where the number of personnel involved is "
        "published and at least {k}."),
    "report.how.incidents": QT_TRANSLATE_NOOP(
        "Domain", "<b>Critical incidents</b> count the quarter's incidents and the personnel "
        "they involved (as counted or estimated). Each incident is one story: a figure drawn "
        "from fewer than 3 incidents is hidden like a small one. A group intervention counts "
        "once with its attendees, never as that many contacts. Reach percentages are shown only "
        "where the number of personnel involved is published and at least {k}."),
    "report.hidden": QT_TRANSLATE_NOOP("Domain", "hidden"),
    "report.hidden_note": QT_TRANSLATE_NOOP(
        "Domain", "“hidden”: not shown to protect privacy. Hidden cells include small ones (1 to "
        "{below} contacts, or contacts from fewer than 3 people's conversations) and cells, "
        "possibly large, hidden so that the small ones cannot be worked out from the rest. Which "
        "is which is never shown."),
    "report.no_checklist_item": QT_TRANSLATE_NOOP(
        "Domain", "No checklist item was on the checklist of every contact of this period, so "
        "none is reported."),
    "report.how.counts": QT_TRANSLATE_NOOP(
        "Domain", "Every figure in this report counts contacts — conversations and interventions "
        "by trained peer supporters — that were logged for this period. PeerDesk stores no names; "
        "the figures come from the structured fields of each contact (who was supported as a "
        "group, never as a person; the kind of support; topics; referrals; risk; time spent)."),
    "report.how.small_numbers": QT_TRANSLATE_NOOP(
        "Domain", "<b>Small numbers are hidden.</b> A figure between 1 and {below} is never "
        "shown, because in a small team it could point to one person. Neither is a figure drawn "
        "from the conversations of fewer than 3 people (counted as episodes: a contact and its "
        "follow-ups). Such cells read “hidden”. Zero is shown: it points to no one. Inside a "
        "hidden small total, though, every part is hidden, zeros too, so no one can count how "
        "many parts are not zero."),
    "report.how.not_worked_out": QT_TRANSLATE_NOOP(
        "Domain", "<b>Hidden cells cannot be worked out.</b> Where a hidden figure could be "
        "calculated by subtracting the other figures from a total, more cells are hidden. Before "
        "release, PeerDesk checks this mathematically: for every hidden cell it computes, from "
        "everything published in this report and in every earlier released report, the lowest and "
        "highest value the cell could have, and hides more until each hidden count is either "
        "known only to be {k} or more or left with at least {below} possible values, and no "
        "hidden number of hours can be estimated to within 25 %."),
    "report.how.several": QT_TRANSLATE_NOOP(
        "Domain", "<b>Topics and referrals</b> can be several per contact, so those tables do "
        "not add up to the number of contacts. A checklist item is reported only when every "
        "contact of the period was logged with a checklist that had it, by its own wording."),
    "report.how.one_release": QT_TRANSLATE_NOOP(
        "Domain", "<b>One release per quarter.</b> A quarter closes {days} days after it ends. "
        "Until then no figure of it can be seen anywhere in PeerDesk, not even a running total. "
        "The first time anyone looks at a closed quarter's figures, they are released and frozen: "
        "every later look, on screen or in a file, shows exactly these figures. Contacts logged "
        "after a quarter closed count in the next open quarter, and editing or deleting a contact "
        "of a released quarter does not change its report."),
    "report.how.guarantee": QT_TRANSLATE_NOOP(
        "Domain", "<b>What is guaranteed, and against whom.</b> The protection holds against "
        "someone who holds every report this program has released (quarters and annual summaries) "
        "and knows exactly how PeerDesk decides what to hide: for every hidden count, the most "
        "they can work out is that it is {k} or more, or that it lies in a range of at least "
        "{below} possible values. Comparing two looks at one quarter tells them nothing more, "
        "because there are never two different looks. A quarter for which no set of hidden "
        "figures keeps that promise is withheld: nothing of it is published. The protection "
        "does not hold against someone who opens the vault itself with a member's "
        "passphrase."),
    "report.how.annual": QT_TRANSLATE_NOOP(
        "Domain", "<b>Annual summary.</b> Each figure is the sum of the released figures of "
        "{quarters}; a figure hidden in any of them is hidden here. The summary is made from "
        "those reports only, never from the contacts, and hides sums under {k} and more by the "
        "same rules. A figure a quarter published under a lower threshold remains in that "
        "quarter's report."),
    "report.intro": QT_TRANSLATE_NOOP(
        "Domain", "This report shows how the peer support program was used in this period. It "
        "holds counts only: no names, no notes, nothing about any one conversation or any one "
        "supporter. Cells marked “hidden” are not shown to protect privacy; the last page "
        "explains how."),
    "report.about_out_of": QT_TRANSLATE_NOOP("Domain", "{about} Out of {total} contacts."),
    "report.about_total": QT_TRANSLATE_NOOP("Domain", "{about} Total: {total} {unit}."),
    "report.how.hours_checklist": QT_TRANSLATE_NOOP(
        "Domain", "<b>Hours</b> are the total time of the contacts in whole hours; the hours of "
        "a kind of support are hidden whenever its number of contacts is. <b>Checklist</b> "
        "figures count the contacts where the supporter ticked each item of the boundary "
        "checklist (what is left unticked is hidden by the same rules)."),
    "report.how.rounding": QT_TRANSLATE_NOOP(
        "Domain", "<b>Rounding.</b> Figures were rounded to a multiple of {base} (up or down at "
        "random, the same way every time), so totals may differ slightly from the sum of their "
        "parts. Zero means none."),
    "report.how.training": QT_TRANSLATE_NOOP(
        "Domain", "<b>Training.</b> This report was made from practice data in a training "
        "workspace. It describes no real person or contact."),
    "report.how": QT_TRANSLATE_NOOP("Domain", "How these figures were made"),
    "report.document_title": QT_TRANSLATE_NOOP("Domain", "Peer support statistics {period}"),
    "report.subject": QT_TRANSLATE_NOOP("Domain", "Anonymized statistics"),
    "report.title": QT_TRANSLATE_NOOP("Domain", "Peer support statistics"),
    "report.released": QT_TRANSLATE_NOOP(
        "Domain", "Released {released}. Privacy threshold: {k}. Made with {generator}."),
    # the program report (services/stats/program_report.py, program_pdf.py)
    "report.not_released": QT_TRANSLATE_NOOP(
        "Domain", "{periods} not released yet: release it on the Statistics screen first."),
    "report.narrative_identifying": QT_TRANSLATE_NOOP(
        "Domain", "The account holds what looks like identifying details ({kinds}). It leaves "
        "PeerDesk with the report: write about the program, never about a person."),
    "report.program.title": QT_TRANSLATE_NOOP("Domain", "Program report"),
    "report.program.document_title": QT_TRANSLATE_NOOP(
        "Domain", "{program} · Program report {period}"),
    "report.program.running_head": QT_TRANSLATE_NOOP(
        "Domain", "{program} · Program report {period}"),
    "report.program.quarter_short": QT_TRANSLATE_NOOP("Domain", "Q{number} {year}"),
    "report.program.quarter_title": QT_TRANSLATE_NOOP("Domain", "Quarter {number}, {year}"),
    "report.program.year_title": QT_TRANSLATE_NOOP("Domain", "Reporting year {year}"),
    "report.program.year_months": QT_TRANSLATE_NOOP("Domain", "{first} to {last}"),
    "report.program.covers": QT_TRANSLATE_NOOP("Domain", "Serving {agencies}"),
    "report.program.intro": QT_TRANSLATE_NOOP(
        "Domain", "This report tells management how the peer support program was used and how "
        "ready its team is. Every figure about contacts is a figure of a released quarterly "
        "report, exactly as published, or a sum or difference of such figures. It holds no "
        "names, no notes and nothing about any one conversation or any one supporter."),
    "report.program.prepared": QT_TRANSLATE_NOOP("Domain", "Prepared by {name} on {date}."),
    "report.program.hidden_note": QT_TRANSLATE_NOOP(
        "Domain", "“hidden”: not shown to protect privacy (a small figure, or one hidden so "
        "that a small one cannot be worked out). A hidden figure is never compared, summed or "
        "charted; “not compared” marks a change that would need one."),
    "report.program.change_percent": QT_TRANSLATE_NOOP("Domain", "{change} ({percent}%)"),
    "report.program.no_release": QT_TRANSLATE_NOOP("Domain", "not released"),
    "report.program.column.hours": QT_TRANSLATE_NOOP("Domain", "Hours"),
    "report.program.no_incidents": QT_TRANSLATE_NOOP(
        "Domain", "No critical incident, group intervention or incident follow-up was recorded "
        "in this period or the one before."),
    "report.program.nothing_to_compare": QT_TRANSLATE_NOOP(
        "Domain", "no earlier release to compare with"),
    "report.program.zero_rows_left_out": QT_TRANSLATE_NOOP(
        "Domain", "Rows that are zero in both periods are left out."),
    "report.program.rows_left_out": QT_TRANSLATE_NOOP(
        "Domain", "Rows hidden in this release and in every release they are compared with "
        "are left out."),
    "report.program.not_compared": QT_TRANSLATE_NOOP("Domain", "not compared"),
    "report.program.on_previous_quarter": QT_TRANSLATE_NOOP("Domain", "on the previous quarter"),
    "report.program.on_previous_year": QT_TRANSLATE_NOOP("Domain", "on the previous year"),
    "report.program.on_year_ago": QT_TRANSLATE_NOOP("Domain", "on the same quarter last year"),
    "report.program.at_a_glance": QT_TRANSLATE_NOOP("Domain", "At a glance"),
    "report.program.glance_intro": QT_TRANSLATE_NOOP(
        "Domain", "This quarter's released figures beside the previous quarter's and the same "
        "quarter's a year before, each from its own released report."),
    "report.program.glance_intro_year": QT_TRANSLATE_NOOP(
        "Domain", "The reporting year's figures (the sums of its four released quarters) "
        "beside the year before's."),
    "report.program.column.figure": QT_TRANSLATE_NOOP("Domain", "Figure"),
    "report.program.column.this_quarter": QT_TRANSLATE_NOOP("Domain", "This quarter"),
    "report.program.column.this_year": QT_TRANSLATE_NOOP("Domain", "This year"),
    "report.program.column.previous_quarter": QT_TRANSLATE_NOOP("Domain", "Previous quarter"),
    "report.program.column.previous_year": QT_TRANSLATE_NOOP("Domain", "Previous year"),
    "report.program.column.year_ago": QT_TRANSLATE_NOOP("Domain", "A year before"),
    "report.program.column.change": QT_TRANSLATE_NOOP("Domain", "Change"),
    "report.program.row.contacts": QT_TRANSLATE_NOOP("Domain", "Contacts"),
    "report.program.row.hours": QT_TRANSLATE_NOOP("Domain", "Hours of support"),
    "report.program.row.referrals": QT_TRANSLATE_NOOP("Domain", "Referrals made"),
    "report.program.row.by_group": QT_TRANSLATE_NOOP("Domain", "Contacts by member group"),
    "report.program.row.by_format": QT_TRANSLATE_NOOP("Domain", "Contacts by kind of support"),
    "report.program.trends": QT_TRANSLATE_NOOP(
        "Domain", "Trends over the last {n} released quarters"),
    "report.program.trends_intro": QT_TRANSLATE_NOOP(
        "Domain", "Each bar is the figure of one released quarter, as published. A hidden "
        "figure has no bar and reads “hidden”."),
    "report.program.trend.contacts": QT_TRANSLATE_NOOP("Domain", "Contacts per quarter"),
    "report.program.trend.hours": QT_TRANSLATE_NOOP("Domain", "Hours of support per quarter"),
    "report.program.trend.referrals": QT_TRANSLATE_NOOP("Domain", "Referrals made per quarter"),
    "report.program.incidents": QT_TRANSLATE_NOOP(
        "Domain", "Critical-incident response and follow-up"),
    "report.program.incidents_intro": QT_TRANSLATE_NOOP(
        "Domain", "From the released tables on critical incidents and follow-up, beside the "
        "previous period's."),
    "report.program.readiness": QT_TRANSLATE_NOOP("Domain", "Team readiness"),
    "report.program.readiness_about": QT_TRANSLATE_NOOP(
        "Domain", "From the team's training records over the period: records about the "
        "supporters, never about the people they support."),
    "report.program.readiness_none": QT_TRANSLATE_NOOP(
        "Domain", "No training records are kept in this workspace yet, so the team's "
        "readiness is not reported."),
    "report.program.readiness.active": QT_TRANSLATE_NOOP("Domain", "active supporters"),
    "report.program.readiness.current": QT_TRANSLATE_NOOP(
        "Domain", "with their required training current"),
    "report.program.readiness.lapsed": QT_TRANSLATE_NOOP("Domain", "with required training lapsed"),
    "report.program.readiness.hours": QT_TRANSLATE_NOOP(
        "Domain", "hours of training in the period"),
    "report.program.readiness.supervision": QT_TRANSLATE_NOOP(
        "Domain", "Also in the period: {hours} hours of supervision and clinical oversight."),
    "report.program.narrative": QT_TRANSLATE_NOOP("Domain", "The coordinator's account"),
    "report.program.no_narrative": QT_TRANSLATE_NOOP(
        "Domain", "No account was written for this period."),
    "report.program.sign_off": QT_TRANSLATE_NOOP("Domain", "Sign-off"),
    "report.program.prepared_by": QT_TRANSLATE_NOOP("Domain", "Prepared by"),
    "report.program.reviewed_by": QT_TRANSLATE_NOOP("Domain", "Reviewed by"),
    "report.program.name_title_signature": QT_TRANSLATE_NOOP("Domain", "Name, title and signature"),
    "report.program.date": QT_TRANSLATE_NOOP("Domain", "Date"),
    "report.program.method": QT_TRANSLATE_NOOP(
        "Domain", "<b>This program report</b> shows only figures of released quarters, "
        "exactly as published, their sums over a reporting year and the differences between "
        "them (a percentage change is that difference over the earlier figure). A figure hidden "
        "in any report it would need reads “hidden” and is never compared, summed or charted. "
        "Team readiness comes from the training records, not from contacts."),
    # the drill debriefs (services/drill_pdf.py)
    "debrief.banner": QT_TRANSLATE_NOOP("Domain", "PeerDesk classroom drills"),
    "debrief.footer": QT_TRANSLATE_NOOP(
        "Domain", "{watermark} · not a record of real support work"),
    "debrief.page": QT_TRANSLATE_NOOP("Domain", "Page {page}"),
    "debrief.score_pass": QT_TRANSLATE_NOOP("Domain", "{score}/100 · pass"),
    "debrief.score_not_yet": QT_TRANSLATE_NOOP("Domain", "{score}/100 · not yet"),
    "debrief.untimed": QT_TRANSLATE_NOOP("Domain", "untimed"),
    "debrief.under_limit": QT_TRANSLATE_NOOP("Domain", "under the limit"),
    "debrief.over_limit": QT_TRANSLATE_NOOP("Domain", "over the limit"),
    "debrief.timing": QT_TRANSLATE_NOOP("Domain", "{seconds} s of {limit} s ({verdict})"),
    "debrief.trainee_title": QT_TRANSLATE_NOOP("Domain", "Drill debrief: {name}"),
    "debrief.trainee_subtitle": QT_TRANSLATE_NOOP(
        "Domain", "{session} · {held_on} · printed {today}"),
    "debrief.trainee_no_drills": QT_TRANSLATE_NOOP(
        "Domain", "No drills recorded yet for this trainee."),
    "debrief.trainee_summary": QT_TRANSLATE_NOOP(
        "Domain", "{drills} drill(s), {passed} passed (pass mark {mark}, no critical miss), "
        "average score {average}. Critical actions missed: {misses}."),
    "debrief.attempt_score": QT_TRANSLATE_NOOP("Domain", "Score {score} · {timing}"),
    "debrief.critical_actions": QT_TRANSLATE_NOOP("Domain", "Critical actions"),
    "debrief.missed_mark": QT_TRANSLATE_NOOP("Domain", "MISSED"),
    "debrief.done": QT_TRANSLATE_NOOP("Domain", "done"),
    "debrief.fields": QT_TRANSLATE_NOOP("Domain", "The log, field by field"),
    "debrief.points": QT_TRANSLATE_NOOP("Domain", "Debrief points"),
    "debrief.column.field": QT_TRANSLATE_NOOP("Domain", "Field"),
    "debrief.column.expected": QT_TRANSLATE_NOOP("Domain", "Expected"),
    "debrief.column.logged": QT_TRANSLATE_NOOP("Domain", "Logged"),
    "debrief.column.feedback": QT_TRANSLATE_NOOP("Domain", "Feedback"),
    "debrief.right": QT_TRANSLATE_NOOP("Domain", "Right"),
    "debrief.class_title": QT_TRANSLATE_NOOP("Domain", "Class debrief: {title}"),
    "debrief.class_subtitle": QT_TRANSLATE_NOOP(
        "Domain", "{held_on} · {trainees} trainee(s) · {drills} drill(s) · printed {today}"),
    "debrief.most_missed": QT_TRANSLATE_NOOP("Domain", "Critical actions the class missed most"),
    "debrief.column.critical_action": QT_TRANSLATE_NOOP("Domain", "Critical action"),
    "debrief.column.missed": QT_TRANSLATE_NOOP("Domain", "Missed"),
    "debrief.misses_of": QT_TRANSLATE_NOOP("Domain", "{misses} of {attempts}"),
    "debrief.none_missed": QT_TRANSLATE_NOOP("Domain", "No critical action was missed. Well done."),
    "debrief.per_trainee": QT_TRANSLATE_NOOP("Domain", "Results per trainee"),
    "debrief.column.trainee": QT_TRANSLATE_NOOP("Domain", "Trainee"),
    "debrief.column.drills": QT_TRANSLATE_NOOP("Domain", "Drills"),
    "debrief.column.passed": QT_TRANSLATE_NOOP("Domain", "Passed"),
    "debrief.column.average": QT_TRANSLATE_NOOP("Domain", "Average"),
    "debrief.column.critical_misses": QT_TRANSLATE_NOOP("Domain", "Critical misses"),
    "debrief.per_scenario": QT_TRANSLATE_NOOP("Domain", "Results per scenario (hardest first)"),
    "debrief.column.scenario": QT_TRANSLATE_NOOP("Domain", "Scenario"),
    "debrief.no_drills": QT_TRANSLATE_NOOP("Domain", "No drills recorded yet."),
    "debrief.scoring": QT_TRANSLATE_NOOP(
        "Domain", "Scoring: critical actions carry 60 of 100 points and the log's fields 40; any "
        "missed critical action caps the score at 40. A drill passes at {mark} with no critical "
        "miss. Time is reported, not scored."),
    # surveys (domain/surveys.py, domain/survey_pack.py, services/surveys.py, the results'
    # PDF and CSV: services/survey_export.py)
    "survey.unknown_item": QT_TRANSLATE_NOOP("Domain", "unknown question '{item}'"),
    "survey.value_off_scale": QT_TRANSLATE_NOOP(
        "Domain", "the answer to '{item}' must be one of the scale's values, {low} to {high}"),
    "survey.nothing_answered": QT_TRANSLATE_NOOP(
        "Domain", "No question was answered, so nothing was saved."),
    "survey.code_length": QT_TRANSLATE_NOOP(
        "Domain", "A personal code has {low} to {high} letters or digits (spaces do not count)."),
    "survey.minimum_range": QT_TRANSLATE_NOOP(
        "Domain", "The minimum is a whole number from {low} (the statistics threshold) to "
        "{high}."),
    "survey.title_length": QT_TRANSLATE_NOOP("Domain", "Give the cohort a title of {low} to "
                                             "{high} characters."),
    "survey.title_identifying": QT_TRANSLATE_NOOP(
        "Domain", "The title seems to hold a name or contact details. Name the program or "
        "the period instead."),
    "survey.instruments_needed": QT_TRANSLATE_NOOP(
        "Domain", "Choose at least one questionnaire."),
    "survey.unknown_instrument": QT_TRANSLATE_NOOP(
        "Domain", "This cohort does not use the questionnaire '{instrument}'."),
    "survey.no_follow_up": QT_TRANSLATE_NOOP("Domain", "This cohort has no follow-up wave."),
    "survey.wave_done": QT_TRANSLATE_NOOP(
        "Domain", "The {wave} wave has already been opened; a wave runs once."),
    "survey.wave_open": QT_TRANSLATE_NOOP(
        "Domain", "Close the {wave} wave first: one wave runs at a time."),
    "survey.wave_order": QT_TRANSLATE_NOOP("Domain", "The next wave to open is the {wave} wave."),
    "survey.wave_not_open": QT_TRANSLATE_NOOP("Domain", "The {wave} wave is not open."),
    "survey.no_open_wave": QT_TRANSLATE_NOOP(
        "Domain", "No wave of this cohort is open: the answers were not saved."),
    "survey.results_not_ready": QT_TRANSLATE_NOOP(
        "Domain", "Results can be seen once every wave of the cohort has closed."),
    "survey.wave.pre": QT_TRANSLATE_NOOP("Domain", "pre"),
    "survey.wave.post": QT_TRANSLATE_NOOP("Domain", "post"),
    "survey.wave.follow_up": QT_TRANSLATE_NOOP("Domain", "follow-up"),
    "survey.withheld.too_few": QT_TRANSLATE_NOOP(
        "Domain", "not shown: fewer respondents than the cohort's minimum"),
    "survey.withheld.items": QT_TRANSLATE_NOOP(
        "Domain", "not shown: the answers could not be shown without singling someone out"),
    "survey.withheld.no_spread": QT_TRANSLATE_NOOP(
        "Domain", "not computed: every respondent has the same score"),
    "survey.pack.table_missing": QT_TRANSLATE_NOOP("Domain", "the [{key}] table is missing"),
    "survey.pack.needs_both": QT_TRANSLATE_NOOP(
        "Domain", "'{key}' needs an English and a French wording (en = \"...\", "
        "fr = \"...\")"),
    "survey.pack.whole_range": QT_TRANSLATE_NOOP(
        "Domain", "'{key}' must be a whole number from {low} to {high}"),
    "survey.pack.one_of": QT_TRANSLATE_NOOP("Domain", "'{key}' must be one of: {allowed}"),
    "survey.pack.needs_list": QT_TRANSLATE_NOOP("Domain", "'{key}' must be a non-empty list"),
    "survey.pack.not_table": QT_TRANSLATE_NOOP("Domain", "each of '{key}' must be a table"),
    "survey.pack.too_many": QT_TRANSLATE_NOOP("Domain", "keep to {count} entries in '{key}'"),
    "survey.pack.needs_bool": QT_TRANSLATE_NOOP("Domain", "'{key}' must be true or false"),
    "survey.pack.options": QT_TRANSLATE_NOOP(
        "Domain", "the [scale] needs 'options', a list of at least two answers"),
    "survey.pack.options_steps": QT_TRANSLATE_NOOP(
        "Domain", "the scale's values must be whole numbers in steps of one, none missing"),
    "survey.pack.twice": QT_TRANSLATE_NOOP("Domain", "'{key}' lists {value} twice"),
    "survey.pack.unknown_item": QT_TRANSLATE_NOOP(
        "Domain", "{value} is not the id of an [[item]] of this file"),
    "survey.pack.band_ends": QT_TRANSLATE_NOOP("Domain", "a band needs numbers 'low' and 'high'"),
    "survey.pack.band_range": QT_TRANSLATE_NOOP(
        "Domain", "a band must lie within the score's range, {low} to {high}, low before high"),
    "survey.pack.band_order": QT_TRANSLATE_NOOP(
        "Domain", "bands must go up without overlapping"),
    # regional programs (domain/region.py, services/region.py): a refusal's reason, then the
    # regional report's sentences (services/stats/region_report.py)
    "region_refused": QT_TRANSLATE_NOOP("Domain", "{why}"),
    "region.not_region": QT_TRANSLATE_NOOP(
        "Domain", "This vault is not a regional vault. Make it one first (peerdesk region init)."),
    "region.key_unreadable": QT_TRANSLATE_NOOP(
        "Domain", "The file is not a PeerDesk region key, or it was changed."),
    "region.words_needed": QT_TRANSLATE_NOOP(
        "Domain", "This region is not registered here yet. Read its fingerprint words to the "
        "regional coordinator and type them if they match: {words}."),
    "region.words_differ": QT_TRANSLATE_NOOP(
        "Domain", "The fingerprint words differ from this region key's. Do not use this key; "
        "ask the regional coordinator for it again. Nothing was registered."),
    "region.quarter_not_released": QT_TRANSLATE_NOOP(
        "Domain", "{quarter} is not released at this station yet. Release its statistics "
        "first: a bundle carries the published release."),
    "region.quarter_changed": QT_TRANSLATE_NOOP(
        "Domain", "Contacts of {quarter} were changed after its release, so its figures no "
        "longer match the published ones. No bundle was written."),
    "region.bundle_unreadable": QT_TRANSLATE_NOOP(
        "Domain", "The file is cut short or is not a PeerDesk bundle. Nothing was stored; ask "
        "the station for the file again."),
    "region.bundle_version": QT_TRANSLATE_NOOP(
        "Domain", "A newer PeerDesk wrote this bundle (format {version}). Update PeerDesk here "
        "first. Nothing was stored."),
    "region.bundle_other_region": QT_TRANSLATE_NOOP(
        "Domain", "This bundle is addressed to another region. Nothing was stored."),
    "region.bundle_tampered": QT_TRANSLATE_NOOP(
        "Domain", "This bundle was changed or damaged after it was sealed, so it does not open. "
        "Nothing was stored; ask the station for the file again."),
    "region.bundle_signature": QT_TRANSLATE_NOOP(
        "Domain", "The bundle's signature does not match the station it names: the station did "
        "not write it. Nothing was stored."),
    "region.station_unconfirmed": QT_TRANSLATE_NOOP(
        "Domain", "Station {station} is new to this region. Compare its fingerprint words with "
        "the station's coordinator, then confirm them and import again: {words}."),
    "region.bundle_training": QT_TRANSLATE_NOOP(
        "Domain", "This is a training bundle (practice data): a real regional vault does not "
        "take it. Nothing was stored."),
    "region.bundle_real": QT_TRANSLATE_NOOP(
        "Domain", "This bundle holds real figures: a training regional vault does not take it. "
        "Nothing was stored."),
    "region.bundle_resent": QT_TRANSLATE_NOOP(
        "Domain", "This bundle was imported before (the same file sent again). Nothing was "
        "stored."),
    "region.bundle_replay": QT_TRANSLATE_NOOP(
        "Domain", "Station {station} already reported {quarter} in another bundle; only the "
        "first counts. Nothing was stored."),
    "region.bundle_quarter": QT_TRANSLATE_NOOP(
        "Domain", "The bundle's release is not the release of {quarter}. Nothing was stored."),
    "region.bundle_mismatch": QT_TRANSLATE_NOOP(
        "Domain", "The bundle's true tables and its published release disagree. Nothing was "
        "stored."),
    "region.imported": QT_TRANSLATE_NOOP("Domain", "Station {station}, {quarter}: imported."),
    "region.no_files": QT_TRANSLATE_NOOP(
        "Domain", "There is no bundle file (*.peerdesk-bundle) in {folder}."),
    "region.no_bundles": QT_TRANSLATE_NOOP(
        "Domain", "No station has reported {quarter} yet, so there is nothing to release."),
    "region.pdf.title": QT_TRANSLATE_NOOP("Domain", "Regional statistics"),
    "region.pdf.first": QT_TRANSLATE_NOOP(
        "Domain", "Release {seq}, frozen {date}: {count} station(s) contributed."),
    "region.pdf.correction": QT_TRANSLATE_NOOP(
        "Domain", "Correction {seq}, frozen {date}: {count} station(s) that reported after the "
        "release before it. Add its figures to the earlier ones."),
    "region.pdf.method": QT_TRANSLATE_NOOP(
        "Domain", "Every figure is a sum over the contributing stations. A count between 1 and "
        "{threshold} minus one, or from fewer than three episodes, is hidden, and more figures "
        "are hidden until nobody holding every station's own report and every regional report "
        "can narrow a hidden count or hours figure. A figure any station hid in its own report "
        "stays hidden here: someone who knows every other station's true figures could "
        "otherwise subtract them. The agencies' lines repeat what each station published "
        "itself."),
    "region.pdf.merged": QT_TRANSLATE_NOOP("Domain", "The region, release {seq}"),
    "region.pdf.agencies": QT_TRANSLATE_NOOP("Domain", "Agencies, as each published"),
    "region.pdf.station": QT_TRANSLATE_NOOP("Domain", "Station"),
    # the survey results' PDF (services/survey_pdf.py)
    "survey.report.document_title": QT_TRANSLATE_NOOP("Domain", "{title} · Survey results"),
    "survey.report.subject": QT_TRANSLATE_NOOP(
        "Domain", "Anonymous pre/post survey results (aggregates only)"),
    "survey.report.running_head": QT_TRANSLATE_NOOP(
        "Domain", "{title} · Survey results · aggregates only"),
    "survey.report.subtitle": QT_TRANSLATE_NOOP(
        "Domain", "{program} · Survey results, released {date}"),
    "survey.report.wave.pre": QT_TRANSLATE_NOOP("Domain", "Pre"),
    "survey.report.wave.post": QT_TRANSLATE_NOOP("Domain", "Post"),
    "survey.report.wave.follow_up": QT_TRANSLATE_NOOP("Domain", "Follow-up"),
    "survey.report.wave_count": QT_TRANSLATE_NOOP("Domain", "{wave} {count}"),
    "survey.report.respondents": QT_TRANSLATE_NOOP("Domain", "Respondents per wave: {waves}."),
    "survey.report.linked": QT_TRANSLATE_NOOP(
        "Domain", "Respondents whose pre and post answers were linked by their personal code: "
        "{count}."),
    "survey.report.intro": QT_TRANSLATE_NOOP(
        "Domain", "This report holds aggregates only, never one person's answers. Nothing is "
        "shown for fewer than {minimum} respondents, small counts are hidden, and these "
        "results were released once and will not change."),
    "survey.report.nothing_shown": QT_TRANSLATE_NOOP(
        "Domain", "Every wave had fewer than {minimum} respondents: no result is shown."),
    "survey.report.not_validated": QT_TRANSLATE_NOOP(
        "Domain", "Not a validated instrument: written for PeerDesk. Its scores describe this "
        "cohort only and cannot be compared with published norms."),
    "survey.report.scores": QT_TRANSLATE_NOOP("Domain", "Scores by wave"),
    "survey.report.changes": QT_TRANSLATE_NOOP("Domain", "Change between waves"),
    "survey.report.bands": QT_TRANSLATE_NOOP("Domain", "Respondents by score band"),
    "survey.report.items": QT_TRANSLATE_NOOP("Domain", "Answers to each question"),
    "survey.report.items_in": QT_TRANSLATE_NOOP("Domain", "{wave} wave"),
    "survey.report.reversed": QT_TRANSLATE_NOOP("Domain", "reverse-scored"),
    "survey.report.column.score": QT_TRANSLATE_NOOP("Domain", "Score"),
    "survey.report.column.wave": QT_TRANSLATE_NOOP("Domain", "Wave"),
    "survey.report.column.n": QT_TRANSLATE_NOOP("Domain", "n"),
    "survey.report.column.mean_sd": QT_TRANSLATE_NOOP("Domain", "Mean (SD)"),
    "survey.report.column.median": QT_TRANSLATE_NOOP("Domain", "Median"),
    "survey.report.column.comparison": QT_TRANSLATE_NOOP("Domain", "Comparison"),
    "survey.report.column.change": QT_TRANSLATE_NOOP("Domain", "Change [95 % CI]"),
    "survey.report.column.tests": QT_TRANSLATE_NOOP("Domain", "Tests"),
    "survey.report.column.effect": QT_TRANSLATE_NOOP("Domain", "Effect size"),
    "survey.report.column.total": QT_TRANSLATE_NOOP("Domain", "Total"),
    "survey.report.method.paired": QT_TRANSLATE_NOOP(
        "Domain", "{first} to {second}, linked respondents"),
    "survey.report.method.unlinked": QT_TRANSLATE_NOOP(
        "Domain", "{first} to {second}, waves as separate groups"),
    "survey.report.change_ci": QT_TRANSLATE_NOOP("Domain", "{change} [{low} to {high}]"),
    "survey.report.tests.paired": QT_TRANSLATE_NOOP(
        "Domain", "paired t = {t}, p {p_t}; Wilcoxon p {p_rank}"),
    "survey.report.tests.unlinked": QT_TRANSLATE_NOOP(
        "Domain", "Welch t = {t}, p {p_t}; Mann-Whitney p {p_rank}"),
    "survey.report.effect.paired": QT_TRANSLATE_NOOP("Domain", "d_z = {effect}"),
    "survey.report.effect.unlinked": QT_TRANSLATE_NOOP("Domain", "g = {effect}"),
    "survey.report.better": QT_TRANSLATE_NOOP("Domain", "in the better direction"),
    "survey.report.not_better": QT_TRANSLATE_NOOP("Domain", "in the worse direction"),
    "survey.report.how": QT_TRANSLATE_NOOP("Domain", "How to read these results"),
    "survey.report.how.minimum": QT_TRANSLATE_NOOP(
        "Domain", "<b>Minimum.</b> The cohort's minimum is {minimum}: no score, answer count "
        "or change is shown for fewer respondents."),
    "survey.report.how.hidden": QT_TRANSLATE_NOOP(
        "Domain", "<b>Hidden counts.</b> A count of 1 to {below} is hidden, and so are other "
        "counts where needed so that a hidden one cannot be worked out from the total, the "
        "other counts or the mean. “hidden” never says whether a count is small."),
    "survey.report.how.linking": QT_TRANSLATE_NOOP(
        "Domain", "<b>Linking.</b> Respondents typed a personal code of their own at the pre "
        "and post waves. PeerDesk kept only a keyed hash of it, deleted when the post wave "
        "closed; a code given twice in one wave links no one."),
    "survey.report.how.paired": QT_TRANSLATE_NOOP(
        "Domain", "<b>Linked change.</b> For linked respondents, the change is the mean of "
        "each person's post score less their pre score, with its 95 % confidence interval "
        "(t distribution), the paired t-test, the Wilcoxon signed-rank test and Cohen's d_z "
        "(mean change divided by the standard deviation of the changes). It is used only "
        "when at least {minimum} respondents are linked and, in each wave, the respondents "
        "left out of the pairs are none or at least {minimum}."),
    "survey.report.how.unlinked": QT_TRANSLATE_NOOP(
        "Domain", "<b>Waves as groups.</b> Otherwise, and for the follow-up wave, the waves "
        "are compared as separate groups: difference of means with Welch's 95 % interval, "
        "Welch's t-test, the Mann-Whitney U test and Hedges' g. This is weaker evidence: "
        "the groups need not be the same people."),
    "survey.report.how.once": QT_TRANSLATE_NOOP(
        "Domain", "<b>Released once.</b> These results were computed after the last wave "
        "closed and frozen: every later look and export shows the same figures. A p-value "
        "is not proof that the program caused a change."),
    "survey.report.how.training": QT_TRANSLATE_NOOP(
        "Domain", "<b>Practice data.</b> These are demo answers from the training workspace."),
    "survey.report.sources": QT_TRANSLATE_NOOP(
        "Domain", "Questionnaires: sources, terms and credits"),
    "survey.report.source": QT_TRANSLATE_NOOP("Domain", "Source: {text}"),
    "survey.report.licence": QT_TRANSLATE_NOOP("Domain", "Terms: {text}"),
}
