/**
 * The intermittent crew's payroll engine: pure functions over plain data, no Office, no
 * exceljs, no I/O. An estimate for budgets and for checking the provider's payslips, never a payslip.
 */
export * from "./model";
export * from "./payrollConfig";
export * from "./configRows";
export * from "./parameters";
export * from "./nightRule";
export * from "./hours";
export * from "./sundaysHolidays";
export * from "./overtime";
export * from "./minimums";
export * from "./dayRate";
export * from "./gross";
export * from "./bookings";
export * from "./checks";
export * from "./contracts";
export * from "./ceiling";
export * from "./rgdu";
export * from "./contributions";
export * from "./payroll";
export * from "./attendance";
export * from "./payslipCheck";
export * from "./employerCost";
export * from "./labels";
export * from "./jobTitles";
export * from "./settings";
export * from "./employer";
export * from "./workWeek";
export * from "./allocation";
export * from "./monthLines";
export * from "./payslip";
export * from "./paidHolidays";
export * from "./contractProposal";
