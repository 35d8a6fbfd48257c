/** The listing's results heading: the skip link's target and where focus goes when results change. */
export const RESULTS_HEADING_ID = "risultati";
