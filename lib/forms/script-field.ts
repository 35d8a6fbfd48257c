/** The hidden field <ScriptFlag /> sets to "1" once React runs the page (components/forms). */
export const SCRIPT_FIELD = "con_script";
