import { districtOverviewOf, districtSchools, isDistrictSpreadsheet } from './district-state';
import type { DistrictOverview } from './district-api';
import { activeSpreadsheet } from './context';

/**
 * The sidebar's first question: is this the Phòng's roll-up spreadsheet?
 * Null for a school's plan (the sidebar then shows the plan as before);
 * otherwise the district view, so a district spreadsheet is never checked
 * as a broken plan.
 */
export function getDistrictOverview(): DistrictOverview | null {
  const spreadsheet = activeSpreadsheet();
  if (!isDistrictSpreadsheet(spreadsheet)) return null;
  return districtOverviewOf(districtSchools(spreadsheet));
}
