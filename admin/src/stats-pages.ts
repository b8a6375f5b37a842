/**
 * The statistics' pages, one chunk loaded when the section is first opened (`sections/stats.ts`):
 * the units' monthly activity reports and the legal reporters, lists and forms.
 */
import './stats-activities.ts';
import './stats-activity-form.ts';
import './reporter-list.ts';
import './reporter-form.ts';
