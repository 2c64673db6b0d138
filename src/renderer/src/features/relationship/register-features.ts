/**
 * Each feature that adds to a person's page registers itself by being imported here (one line each),
 * pushing into the registries in ./extensions.
 */
import '../prepare/register';
import '../debrief/register';
import '../trust-chart/register';
import '../quick-capture/register';
import '../repair-bids/register';

export {};
