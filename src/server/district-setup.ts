import { createDistrictTabs } from '../adapters/district-sheets';
import { activeSpreadsheet, withDocumentLock } from './context';
import type { DistrictOverview } from './district-api';
import { districtOverviewOf, districtSchools } from './district-state';

/**
 * `Tổng hợp các trường (Phòng GD&ĐT)`: makes the open spreadsheet the
 * Phòng's roll-up spreadsheet, adding only the tabs it lacks (`Các trường`,
 * `Tổng hợp các trường`, `Tổng hợp chung`). Run again, it changes nothing.
 */
export function setupDistrict(): DistrictOverview {
  return withDocumentLock(() => {
    const spreadsheet = activeSpreadsheet();
    createDistrictTabs(spreadsheet);
    return districtOverviewOf(districtSchools(spreadsheet));
  });
}
