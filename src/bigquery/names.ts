/** "Hidden costs" -> hidden_costs: a ROI_FORECAST header as a SQL field name (signature and rows alike). */
export const fieldName = (header: string): string => header.toLowerCase().replace(/ /g, '_');
