// @ts-nocheck
/* Generated from schemas/spec.schema.json by scripts/gen-validators.mjs. Do not edit: change the schema and run `npm run gen:validators`. */
import ajvRuntime0 from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://servicespec.dev/schemas/spec.schema.json","title":"ServiceSpec","description":"A service specification for a commissioned health or care service, as code.","type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Stable identifier, lower-case words joined by hyphens."},"title":{"type":"string","minLength":1},"version":{"type":"string","minLength":1,"description":"Version of this specification, e.g. 1.0.0."},"extends":{"description":"Spec files this one builds on, relative to this file. Later files and this file win; see docs/spec-format.md for the merge rules.","oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"abstract":{"type":"boolean","description":"A base spec that is only extended, never checked on its own."},"commissioner":{"type":"string"},"funder":{"type":"string","description":"The body that contracts the commissioner, when there is one."},"lot":{"type":"string"},"document":{"type":"object","additionalProperties":false,"description":"How the source document presents itself: heading lines, copyright, status.","properties":{"heading":{"type":"array","items":{"type":"string"}},"copyright":{"type":"array","items":{"type":"string"}},"status":{"type":"string"}}},"contract":{"$ref":"#/definitions/contract"},"areas":{"type":"array","items":{"type":"string"},"minItems":1},"funding":{"$ref":"#/definitions/funding"},"staffing":{"type":"string"},"calendar":{"$ref":"#/definitions/calendar"},"parameters":{"type":"object","description":"Values a provider sets in its project file (servicespec.yaml), such as its chosen measurement tool. Rules refer to them as $name.","additionalProperties":{"$ref":"#/definitions/parameter"}},"sections":{"type":"array","items":{"$ref":"#/definitions/section"}},"eligibility":{"$ref":"#/definitions/eligibility"},"referral_routes":{"$ref":"#/definitions/referralRoutes"},"datasets":{"type":"object","description":"The data dictionary: one entry per dataset (a CSV file or a workbook sheet).","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"$ref":"#/definitions/dataset"}},"targets":{"type":"array","items":{"$ref":"#/definitions/target"}},"payment":{"$ref":"#/definitions/payment"},"checklist":{"type":"array","items":{"$ref":"#/definitions/checklistItem"}},"personal_outcomes":{"type":"array","items":{"$ref":"#/definitions/personalOutcome"}},"system_outcomes":{"type":"array","items":{"$ref":"#/definitions/systemOutcome"}},"social_value":{"type":"array","items":{"$ref":"#/definitions/socialValueTheme"}}},"required":["id","title","version"],"definitions":{"isoDate":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"A calendar date written YYYY-MM-DD."},"text":{"description":"A sentence or paragraph of the source document, kept word for word.","type":"string"},"contract":{"type":"object","additionalProperties":false,"properties":{"start":{"$ref":"#/definitions/isoDate"},"end":{"$ref":"#/definitions/isoDate"},"financial_year_start":{"type":"string","pattern":"^\\d{2}-\\d{2}$","default":"04-01","description":"Month and day the financial year starts, MM-DD."},"note":{"type":"string"}},"required":["start","end"]},"funding":{"type":"object","additionalProperties":false,"properties":{"currency":{"type":"string","enum":["GBP"],"default":"GBP"},"per_area_per_year":{"type":"object","description":"Annual funding in whole pounds for each area.","additionalProperties":{"type":"number","minimum":0}},"text":{"type":"array","items":{"$ref":"#/definitions/text"}}},"required":["per_area_per_year"]},"calendar":{"type":"object","additionalProperties":false,"properties":{"bank_holidays":{"type":"string","enum":["GB-ENG","GB-WLS","GB-SCT","GB-NIR","none"],"default":"GB-ENG"},"closures":{"type":"array","description":"Extra days the service is closed that do not count as working days.","items":{"type":"object","additionalProperties":false,"properties":{"date":{"$ref":"#/definitions/isoDate"},"reason":{"type":"string"}},"required":["date"]}}}},"parameter":{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["string","number","boolean","enum"]},"values":{"type":"array","items":{"type":"string"}},"default":{"type":["string","number","boolean"]},"description":{"type":"string"},"set_by":{"type":"string","enum":["provider","commissioner"]}},"required":["type","description"]},"paragraph":{"description":"A paragraph of the document: plain text, or an object with a printed number, bullet items, or a reference to a target that stands at this place.","oneOf":[{"type":"string"},{"type":"object","additionalProperties":false,"properties":{"number":{"type":["string","integer"],"description":"The paragraph number as printed in the source."},"text":{"type":"string"},"items":{"type":"array","items":{"$ref":"#/definitions/paragraph"}},"target":{"type":"string","description":"Id of a target whose sentence stands here."},"quote":{"type":"string","description":"A quotation set apart in the source."},"source":{"type":"string","description":"Attribution of a quotation."},"shows":{"type":"array","description":"Structured parts of the spec that the document prints at this place, where the source has them mid-section.","items":{"$ref":"#/definitions/documentPart"}}}}]},"documentPart":{"type":"string","description":"A structured part of the spec that `render` can print inside the narrative.","enum":["funding","staffing","payment","year_end_reconciliation","eligibility","referral_routes","targets","checklist","personal_outcomes","system_outcomes","social_value","parameters","datasets"]},"section":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"title":{"type":"string"},"level":{"type":"integer","minimum":1,"maximum":4,"default":2},"paragraphs":{"type":"array","items":{"$ref":"#/definitions/paragraph"}},"shows":{"type":"array","description":"Structured parts of the spec that the document prints at the end of this section.","items":{"$ref":"#/definitions/documentPart"}}},"required":["id","title"]},"eligibility":{"type":"object","additionalProperties":false,"properties":{"text":{"type":"array","items":{"$ref":"#/definitions/text"}},"dataset":{"type":"string","description":"The dataset whose records are people referred."},"rule":{"type":"string","description":"A condition in the rule language that every eligible record meets."}}},"referralRoutes":{"type":"object","additionalProperties":false,"properties":{"text":{"type":"array","items":{"$ref":"#/definitions/text"}},"routes":{"type":"array","items":{"type":"string"}}}},"field":{"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["id","string","text","integer","number","boolean","date","enum","list"]},"description":{"type":"string"},"required":{"type":"boolean","default":false},"values":{"type":"array","items":{"type":"string"},"minItems":1,"description":"Allowed values of an enum field, or of each item of a list field."},"aliases":{"type":"object","description":"Other spellings accepted for an enum value, e.g. the older Friends and Family Test scale.","additionalProperties":{"type":"string"}},"separator":{"type":"string","default":";","description":"How list items are separated in a CSV cell."},"minimum":{"type":"number"},"maximum":{"type":"number"},"personal":{"type":"boolean","description":"Names or free text: never printed in reports."}},"required":["type"]},"link":{"type":"object","additionalProperties":false,"description":"Each record of this dataset belongs to one record of another dataset.","properties":{"field":{"type":"string","description":"Field of this dataset holding the other record's key."},"to":{"type":"string","description":"The dataset linked to; its key is matched."}},"required":["field","to"]},"dataset":{"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"description":{"type":"string"},"key":{"type":"string","description":"Field that identifies a record; must be unique."},"record_id":{"type":"string","description":"Field printed to identify failing records when there is no key (defaults to the key, then the first link field)."},"order_by":{"type":"string","description":"Date field that orders linked records for first() and last()."},"fields":{"type":"object","additionalProperties":{"$ref":"#/definitions/field"}},"links":{"type":"object","description":"Named links to parent datasets: a rule reads the parent's fields as name.field.","additionalProperties":{"$ref":"#/definitions/link"}},"derived":{"type":"object","description":"Fields computed from others by an expression in the rule language.","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"expr":{"type":"string"},"description":{"type":"string"}},"required":["expr"]}},"checks":{"type":"array","description":"Data quality conditions every record should meet; a record that fails one is reported and left out of the targets that use this dataset.","items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"rule":{"type":"string"},"message":{"type":"string"},"severity":{"type":"string","enum":["error","warning"],"default":"error"}},"required":["id","rule","message"]}}},"required":["fields"]},"target":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"title":{"type":"string"},"kind":{"type":"string","enum":["output","outcome","reporting","eligibility","measure"],"default":"output"},"text":{"$ref":"#/definitions/text","description":"The sentence of the source document this target encodes."},"rule":{"type":"string","description":"The target in the rule language (docs/language.md)."},"note":{"type":"string"}},"required":["id","rule"]},"paymentElement":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"share_percent":{"type":"number","minimum":0,"maximum":100,"description":"Share of the amount at risk this element governs."},"earned_by":{"type":"string","enum":["proportion_of_count_target","equal_shares_of_targets_met"]},"targets":{"type":"array","items":{"type":"string"},"minItems":1},"cap_percent":{"type":"number","minimum":0,"default":100},"no_data":{"type":"string","enum":["earned_and_flagged","not_earned"],"default":"earned_and_flagged"},"text":{"type":"array","items":{"$ref":"#/definitions/text"}}},"required":["id","share_percent","earned_by","targets"]},"payment":{"type":"object","additionalProperties":false,"properties":{"frequency":{"type":"string","enum":["quarterly"],"default":"quarterly"},"paid_months_in_arrears":{"type":"integer","minimum":0,"default":1},"at_risk_percent":{"type":"number","minimum":0,"maximum":100},"elements":{"type":"array","items":{"$ref":"#/definitions/paymentElement"}},"deduction_cap":{"type":"string","enum":["at_risk"],"default":"at_risk"},"year_end_reconciliation":{"type":"object","additionalProperties":false,"properties":{"repay_deductions_when_all_met":{"type":"array","items":{"type":"string"}},"text":{"type":"array","items":{"$ref":"#/definitions/text"}}}},"text":{"type":"array","items":{"$ref":"#/definitions/text"},"description":"The payment terms as the document words them."},"reading":{"type":"string","description":"How these terms were read where the document leaves room, so a reader can dispute it."}}},"checklistItem":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"category":{"type":"string","enum":["key","business_as_usual"]},"requirement":{"type":"string"},"evidence":{"type":"string"},"links":{"type":"array","items":{"type":"string"}},"details":{"type":"array","items":{"type":"string"}},"check":{"$ref":"#/definitions/complianceCheck"}},"required":["id","category","requirement","evidence"]},"complianceCheck":{"type":"object","additionalProperties":false,"description":"How a partner's evidence register proves this requirement.","properties":{"renew_every_months":{"type":"integer","minimum":1},"applies_when":{"type":"string","description":"A fact from the partner's register (e.g. uses_volunteers) that must be true for the duty to apply."},"minimum_amounts":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"cover":{"type":"string"},"minimum_pounds":{"type":"number","minimum":0},"basis":{"type":"string","enum":["per_claim","aggregate"]}},"required":["cover","minimum_pounds","basis"]}},"staff":{"type":"object","additionalProperties":false,"description":"Checked against every person in the staff register.","properties":{"dbs_level":{"type":"string","enum":["basic","standard","enhanced"]},"barred_lists":{"type":"array","items":{"type":"string","enum":["adults","children"]}},"renew_every_months":{"type":"integer","minimum":1}}},"per_financial_year":{"type":"integer","minimum":1,"description":"Evidence needed for each of this many past financial years."},"per_year":{"type":"integer","minimum":1,"description":"Number of dated pieces of evidence needed in each contract year."},"per_quarter":{"type":"array","items":{"type":"string"},"description":"Items to be submitted every quarter."},"withhold_if_none_in_financial_year":{"type":"boolean","description":"With per_quarter: a financial year of the contract (or its part up to the day of the check) in which none of the items was provided for any quarter is reported as a distinct gap: payment may be withheld."}}},"personalOutcome":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"number":{"type":"integer"},"group":{"type":"string"},"text":{"type":"string"},"measure":{"type":"string","description":"Id of the target that monitors this outcome."},"tool_parameter":{"type":"string","description":"The parameter in which the provider names its chosen measurement tool."}},"required":["id","text"]},"systemOutcome":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"text":{"type":"string"}},"required":["id","text"]},"socialValueTheme":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"theme":{"type":"string"},"description":{"type":"string"}},"required":["id","theme","description"]}}};
const schema19 = {"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["string","number","boolean","enum"]},"values":{"type":"array","items":{"type":"string"}},"default":{"type":["string","number","boolean"]},"description":{"type":"string"},"set_by":{"type":"string","enum":["provider","commissioner"]}},"required":["type","description"]};
const schema40 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"number":{"type":"integer"},"group":{"type":"string"},"text":{"type":"string"},"measure":{"type":"string","description":"Id of the target that monitors this outcome."},"tool_parameter":{"type":"string","description":"The parameter in which the provider names its chosen measurement tool."}},"required":["id","text"]};
const schema41 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"text":{"type":"string"}},"required":["id","text"]};
const schema42 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"theme":{"type":"string"},"description":{"type":"string"}},"required":["id","theme","description"]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = (ajvRuntime0.default ?? ajvRuntime0);
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern6 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const schema12 = {"type":"object","additionalProperties":false,"properties":{"start":{"$ref":"#/definitions/isoDate"},"end":{"$ref":"#/definitions/isoDate"},"financial_year_start":{"type":"string","pattern":"^\\d{2}-\\d{2}$","default":"04-01","description":"Month and day the financial year starts, MM-DD."},"note":{"type":"string"}},"required":["start","end"]};
const schema13 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"A calendar date written YYYY-MM-DD."};
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern3 = new RegExp("^\\d{2}-\\d{2}$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.end === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "start") || (key0 === "end")) || (key0 === "financial_year_start")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.start !== undefined){
let data0 = data.start;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/isoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/start",schemaPath:"#/definitions/isoDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.end !== undefined){
let data1 = data.end;
if(typeof data1 === "string"){
if(!pattern1.test(data1)){
const err5 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/isoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/end",schemaPath:"#/definitions/isoDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.financial_year_start !== undefined){
let data2 = data.financial_year_start;
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err7 = {instancePath:instancePath+"/financial_year_start",schemaPath:"#/properties/financial_year_start/pattern",keyword:"pattern",params:{pattern: "^\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{2}-\\d{2}$"+"\"",schema:"^\\d{2}-\\d{2}$",parentSchema:schema12.properties.financial_year_start,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/financial_year_start",schemaPath:"#/properties/financial_year_start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.financial_year_start.type,parentSchema:schema12.properties.financial_year_start,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.note !== undefined){
let data3 = data.note;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.note.type,parentSchema:schema12.properties.note,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","additionalProperties":false,"properties":{"currency":{"type":"string","enum":["GBP"],"default":"GBP"},"per_area_per_year":{"type":"object","description":"Annual funding in whole pounds for each area.","additionalProperties":{"type":"number","minimum":0}},"text":{"type":"array","items":{"$ref":"#/definitions/text"}}},"required":["per_area_per_year"]};
const schema16 = {"description":"A sentence or paragraph of the source document, kept word for word.","type":"string"};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.per_area_per_year === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "per_area_per_year"},message:"must have required property '"+"per_area_per_year"+"'",schema:schema15.required,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "currency") || (key0 === "per_area_per_year")) || (key0 === "text"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.currency !== undefined){
let data0 = data.currency;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.currency.type,parentSchema:schema15.properties.currency,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === "GBP")){
const err3 = {instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/enum",keyword:"enum",params:{allowedValues: schema15.properties.currency.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.currency.enum,parentSchema:schema15.properties.currency,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.per_area_per_year !== undefined){
let data1 = data.per_area_per_year;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/per_area_per_year/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/per_area_per_year/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15.properties.per_area_per_year.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/per_area_per_year/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/per_area_per_year/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema15.properties.per_area_per_year.additionalProperties.type,parentSchema:schema15.properties.per_area_per_year.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/per_area_per_year",schemaPath:"#/properties/per_area_per_year/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.per_area_per_year.type,parentSchema:schema15.properties.per_area_per_year,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.text !== undefined){
let data3 = data.text;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/text/" + i0,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema15.properties.text.type,parentSchema:schema15.properties.text,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","additionalProperties":false,"properties":{"bank_holidays":{"type":"string","enum":["GB-ENG","GB-WLS","GB-SCT","GB-NIR","none"],"default":"GB-ENG"},"closures":{"type":"array","description":"Extra days the service is closed that do not count as working days.","items":{"type":"object","additionalProperties":false,"properties":{"date":{"$ref":"#/definitions/isoDate"},"reason":{"type":"string"}},"required":["date"]}}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "bank_holidays") || (key0 === "closures"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bank_holidays !== undefined){
let data0 = data.bank_holidays;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/bank_holidays",schemaPath:"#/properties/bank_holidays/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.bank_holidays.type,parentSchema:schema17.properties.bank_holidays,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((data0 === "GB-ENG") || (data0 === "GB-WLS")) || (data0 === "GB-SCT")) || (data0 === "GB-NIR")) || (data0 === "none"))){
const err2 = {instancePath:instancePath+"/bank_holidays",schemaPath:"#/properties/bank_holidays/enum",keyword:"enum",params:{allowedValues: schema17.properties.bank_holidays.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.bank_holidays.enum,parentSchema:schema17.properties.bank_holidays,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.closures !== undefined){
let data1 = data.closures;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.date === undefined){
const err3 = {instancePath:instancePath+"/closures/" + i0,schemaPath:"#/properties/closures/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema17.properties.closures.items.required,parentSchema:schema17.properties.closures.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "date") || (key1 === "reason"))){
const err4 = {instancePath:instancePath+"/closures/" + i0,schemaPath:"#/properties/closures/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema17.properties.closures.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.date !== undefined){
let data3 = data2.date;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err5 = {instancePath:instancePath+"/closures/" + i0+"/date",schemaPath:"#/definitions/isoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/closures/" + i0+"/date",schemaPath:"#/definitions/isoDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.reason !== undefined){
let data4 = data2.reason;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/closures/" + i0+"/reason",schemaPath:"#/properties/closures/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.closures.items.properties.reason.type,parentSchema:schema17.properties.closures.items.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/closures/" + i0,schemaPath:"#/properties/closures/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.properties.closures.items.type,parentSchema:schema17.properties.closures.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/closures",schemaPath:"#/properties/closures/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.closures.type,parentSchema:schema17.properties.closures,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"title":{"type":"string"},"level":{"type":"integer","minimum":1,"maximum":4,"default":2},"paragraphs":{"type":"array","items":{"$ref":"#/definitions/paragraph"}},"shows":{"type":"array","description":"Structured parts of the spec that the document prints at the end of this section.","items":{"$ref":"#/definitions/documentPart"}}},"required":["id","title"]};
const schema22 = {"type":"string","description":"A structured part of the spec that `render` can print inside the narrative.","enum":["funding","staffing","payment","year_end_reconciliation","eligibility","referral_routes","targets","checklist","personal_outcomes","system_outcomes","social_value","parameters","datasets"]};
const schema21 = {"description":"A paragraph of the document: plain text, or an object with a printed number, bullet items, or a reference to a target that stands at this place.","oneOf":[{"type":"string"},{"type":"object","additionalProperties":false,"properties":{"number":{"type":["string","integer"],"description":"The paragraph number as printed in the source."},"text":{"type":"string"},"items":{"type":"array","items":{"$ref":"#/definitions/paragraph"}},"target":{"type":"string","description":"Id of a target whose sentence stands here."},"quote":{"type":"string","description":"A quotation set apart in the source."},"source":{"type":"string","description":"Attribution of a quotation."},"shows":{"type":"array","description":"Structured parts of the spec that the document prints at this place, where the source has them mid-section.","items":{"$ref":"#/definitions/documentPart"}}}}]};
const wrapper0 = {validate: validate18};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[0].type,parentSchema:schema21.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "number") || (key0 === "text")) || (key0 === "items")) || (key0 === "target")) || (key0 === "quote")) || (key0 === "source")) || (key0 === "shows"))){
const err1 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21.oneOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if((typeof data0 !== "string") && (!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))))){
const err2 = {instancePath:instancePath+"/number",schemaPath:"#/oneOf/1/properties/number/type",keyword:"type",params:{type: schema21.oneOf[1].properties.number.type},message:"must be string,integer",schema:schema21.oneOf[1].properties.number.type,parentSchema:schema21.oneOf[1].properties.number,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/text",schemaPath:"#/oneOf/1/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[1].properties.text.type,parentSchema:schema21.oneOf[1].properties.text,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.items !== undefined){
let data2 = data.items;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data2[i0], {instancePath:instancePath+"/items/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/items",schemaPath:"#/oneOf/1/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.oneOf[1].properties.items.type,parentSchema:schema21.oneOf[1].properties.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.target !== undefined){
let data4 = data.target;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/target",schemaPath:"#/oneOf/1/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[1].properties.target.type,parentSchema:schema21.oneOf[1].properties.target,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.quote !== undefined){
let data5 = data.quote;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/quote",schemaPath:"#/oneOf/1/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[1].properties.quote.type,parentSchema:schema21.oneOf[1].properties.quote,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.source !== undefined){
let data6 = data.source;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/source",schemaPath:"#/oneOf/1/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.oneOf[1].properties.source.type,parentSchema:schema21.oneOf[1].properties.source,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.shows !== undefined){
let data7 = data.shows;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err8 = {instancePath:instancePath+"/shows/" + i1,schemaPath:"#/definitions/documentPart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((((((((((data8 === "funding") || (data8 === "staffing")) || (data8 === "payment")) || (data8 === "year_end_reconciliation")) || (data8 === "eligibility")) || (data8 === "referral_routes")) || (data8 === "targets")) || (data8 === "checklist")) || (data8 === "personal_outcomes")) || (data8 === "system_outcomes")) || (data8 === "social_value")) || (data8 === "parameters")) || (data8 === "datasets"))){
const err9 = {instancePath:instancePath+"/shows/" + i1,schemaPath:"#/definitions/documentPart/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/shows",schemaPath:"#/oneOf/1/properties/shows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.oneOf[1].properties.shows.type,parentSchema:schema21.oneOf[1].properties.shows,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.oneOf[1].type,parentSchema:schema21.oneOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err12 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema21.oneOf,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate18.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "title")) || (key0 === "level")) || (key0 === "paragraphs")) || (key0 === "shows"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema20.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.id.type,parentSchema:schema20.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.title.type,parentSchema:schema20.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.level !== undefined){
let data2 = data.level;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err6 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema20.properties.level.type,parentSchema:schema20.properties.level,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 4 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4},message:"must be <= 4",schema:4,parentSchema:schema20.properties.level,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema20.properties.level,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.paragraphs !== undefined){
let data3 = data.paragraphs;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate18(data3[i0], {instancePath:instancePath+"/paragraphs/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/paragraphs",schemaPath:"#/properties/paragraphs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.paragraphs.type,parentSchema:schema20.properties.paragraphs,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.shows !== undefined){
let data5 = data.shows;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/shows/" + i1,schemaPath:"#/definitions/documentPart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((((((((((((data6 === "funding") || (data6 === "staffing")) || (data6 === "payment")) || (data6 === "year_end_reconciliation")) || (data6 === "eligibility")) || (data6 === "referral_routes")) || (data6 === "targets")) || (data6 === "checklist")) || (data6 === "personal_outcomes")) || (data6 === "system_outcomes")) || (data6 === "social_value")) || (data6 === "parameters")) || (data6 === "datasets"))){
const err11 = {instancePath:instancePath+"/shows/" + i1,schemaPath:"#/definitions/documentPart/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/shows",schemaPath:"#/properties/shows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.shows.type,parentSchema:schema20.properties.shows,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","additionalProperties":false,"properties":{"text":{"type":"array","items":{"$ref":"#/definitions/text"}},"dataset":{"type":"string","description":"The dataset whose records are people referred."},"rule":{"type":"string","description":"A condition in the rule language that every eligible record meets."}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "text") || (key0 === "dataset")) || (key0 === "rule"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/text/" + i0,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.text.type,parentSchema:schema24.properties.text,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dataset !== undefined){
let data2 = data.dataset;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.dataset.type,parentSchema:schema24.properties.dataset,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.rule !== undefined){
let data3 = data.rule;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.rule.type,parentSchema:schema24.properties.rule,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"object","additionalProperties":false,"properties":{"text":{"type":"array","items":{"$ref":"#/definitions/text"}},"routes":{"type":"array","items":{"type":"string"}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "text") || (key0 === "routes"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.text !== undefined){
let data0 = data.text;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/text/" + i0,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.text.type,parentSchema:schema26.properties.text,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.routes !== undefined){
let data2 = data.routes;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/routes/" + i1,schemaPath:"#/properties/routes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.routes.items.type,parentSchema:schema26.properties.routes.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/routes",schemaPath:"#/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.routes.type,parentSchema:schema26.properties.routes,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","additionalProperties":false,"properties":{"title":{"type":"string"},"description":{"type":"string"},"key":{"type":"string","description":"Field that identifies a record; must be unique."},"record_id":{"type":"string","description":"Field printed to identify failing records when there is no key (defaults to the key, then the first link field)."},"order_by":{"type":"string","description":"Date field that orders linked records for first() and last()."},"fields":{"type":"object","additionalProperties":{"$ref":"#/definitions/field"}},"links":{"type":"object","description":"Named links to parent datasets: a rule reads the parent's fields as name.field.","additionalProperties":{"$ref":"#/definitions/link"}},"derived":{"type":"object","description":"Fields computed from others by an expression in the rule language.","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"expr":{"type":"string"},"description":{"type":"string"}},"required":["expr"]}},"checks":{"type":"array","description":"Data quality conditions every record should meet; a record that fails one is reported and left out of the targets that use this dataset.","items":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"rule":{"type":"string"},"message":{"type":"string"},"severity":{"type":"string","enum":["error","warning"],"default":"error"}},"required":["id","rule","message"]}}},"required":["fields"]};
const schema29 = {"type":"object","additionalProperties":false,"properties":{"type":{"type":"string","enum":["id","string","text","integer","number","boolean","date","enum","list"]},"description":{"type":"string"},"required":{"type":"boolean","default":false},"values":{"type":"array","items":{"type":"string"},"minItems":1,"description":"Allowed values of an enum field, or of each item of a list field."},"aliases":{"type":"object","description":"Other spellings accepted for an enum value, e.g. the older Friends and Family Test scale.","additionalProperties":{"type":"string"}},"separator":{"type":"string","default":";","description":"How list items are separated in a CSV cell."},"minimum":{"type":"number"},"maximum":{"type":"number"},"personal":{"type":"boolean","description":"Names or free text: never printed in reports."}},"required":["type"]};
const schema30 = {"type":"object","additionalProperties":false,"description":"Each record of this dataset belongs to one record of another dataset.","properties":{"field":{"type":"string","description":"Field of this dataset holding the other record's key."},"to":{"type":"string","description":"The dataset linked to; its key is matched."}},"required":["field","to"]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fields === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema28.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.title.type,parentSchema:schema28.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.description.type,parentSchema:schema28.properties.description,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.key !== undefined){
let data2 = data.key;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.key.type,parentSchema:schema28.properties.key,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.record_id !== undefined){
let data3 = data.record_id;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/record_id",schemaPath:"#/properties/record_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.record_id.type,parentSchema:schema28.properties.record_id,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.order_by !== undefined){
let data4 = data.order_by;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/order_by",schemaPath:"#/properties/order_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.order_by.type,parentSchema:schema28.properties.order_by,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.fields !== undefined){
let data5 = data.fields;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.type === undefined){
const err7 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/field/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema29.required,parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data6){
if(!(func2.call(schema29.properties, key2))){
const err8 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/field/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.type !== undefined){
let data7 = data6.type;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/field/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.type.type,parentSchema:schema29.properties.type,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((((((((data7 === "id") || (data7 === "string")) || (data7 === "text")) || (data7 === "integer")) || (data7 === "number")) || (data7 === "boolean")) || (data7 === "date")) || (data7 === "enum")) || (data7 === "list"))){
const err10 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/field/properties/type/enum",keyword:"enum",params:{allowedValues: schema29.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.type.enum,parentSchema:schema29.properties.type,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.description !== undefined){
let data8 = data6.description;
if(typeof data8 !== "string"){
const err11 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/field/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.description.type,parentSchema:schema29.properties.description,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.required !== undefined){
let data9 = data6.required;
if(typeof data9 !== "boolean"){
const err12 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/definitions/field/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.required.type,parentSchema:schema29.properties.required,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.values !== undefined){
let data10 = data6.values;
if(Array.isArray(data10)){
if(data10.length < 1){
const err13 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values",schemaPath:"#/definitions/field/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema29.properties.values,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values/" + i0,schemaPath:"#/definitions/field/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.values.items.type,parentSchema:schema29.properties.values.items,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/values",schemaPath:"#/definitions/field/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema29.properties.values.type,parentSchema:schema29.properties.values,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.aliases !== undefined){
let data12 = data6.aliases;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
let data13 = data12[key3];
if(typeof data13 !== "string"){
const err16 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/field/properties/aliases/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.aliases.additionalProperties.type,parentSchema:schema29.properties.aliases.additionalProperties,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/definitions/field/properties/aliases/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.properties.aliases.type,parentSchema:schema29.properties.aliases,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.separator !== undefined){
let data14 = data6.separator;
if(typeof data14 !== "string"){
const err18 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/separator",schemaPath:"#/definitions/field/properties/separator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.separator.type,parentSchema:schema29.properties.separator,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.minimum !== undefined){
let data15 = data6.minimum;
if(!(typeof data15 == "number")){
const err19 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/minimum",schemaPath:"#/definitions/field/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.minimum.type,parentSchema:schema29.properties.minimum,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.maximum !== undefined){
let data16 = data6.maximum;
if(!(typeof data16 == "number")){
const err20 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/maximum",schemaPath:"#/definitions/field/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema29.properties.maximum.type,parentSchema:schema29.properties.maximum,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.personal !== undefined){
let data17 = data6.personal;
if(typeof data17 !== "boolean"){
const err21 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/personal",schemaPath:"#/definitions/field/properties/personal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema29.properties.personal.type,parentSchema:schema29.properties.personal,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/fields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/field/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.fields.type,parentSchema:schema28.properties.fields,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.links !== undefined){
let data18 = data.links;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key4 in data18){
let data19 = data18[key4];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.field === undefined){
const err24 = {instancePath:instancePath+"/links/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/link/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema30.required,parentSchema:schema30,data:data19};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data19.to === undefined){
const err25 = {instancePath:instancePath+"/links/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/link/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema30.required,parentSchema:schema30,data:data19};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key5 in data19){
if(!((key5 === "field") || (key5 === "to"))){
const err26 = {instancePath:instancePath+"/links/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data:data19};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data19.field !== undefined){
let data20 = data19.field;
if(typeof data20 !== "string"){
const err27 = {instancePath:instancePath+"/links/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/field",schemaPath:"#/definitions/link/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.field.type,parentSchema:schema30.properties.field,data:data20};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data19.to !== undefined){
let data21 = data19.to;
if(typeof data21 !== "string"){
const err28 = {instancePath:instancePath+"/links/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/to",schemaPath:"#/definitions/link/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.properties.to.type,parentSchema:schema30.properties.to,data:data21};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/links/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/link/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data:data19};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.links.type,parentSchema:schema28.properties.links,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.derived !== undefined){
let data22 = data.derived;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key6 in data22){
let data23 = data22[key6];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.expr === undefined){
const err31 = {instancePath:instancePath+"/derived/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/derived/additionalProperties/required",keyword:"required",params:{missingProperty: "expr"},message:"must have required property '"+"expr"+"'",schema:schema28.properties.derived.additionalProperties.required,parentSchema:schema28.properties.derived.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key7 in data23){
if(!((key7 === "expr") || (key7 === "description"))){
const err32 = {instancePath:instancePath+"/derived/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/derived/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.derived.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data23.expr !== undefined){
let data24 = data23.expr;
if(typeof data24 !== "string"){
const err33 = {instancePath:instancePath+"/derived/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/expr",schemaPath:"#/properties/derived/additionalProperties/properties/expr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.derived.additionalProperties.properties.expr.type,parentSchema:schema28.properties.derived.additionalProperties.properties.expr,data:data24};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data23.description !== undefined){
let data25 = data23.description;
if(typeof data25 !== "string"){
const err34 = {instancePath:instancePath+"/derived/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/derived/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.derived.additionalProperties.properties.description.type,parentSchema:schema28.properties.derived.additionalProperties.properties.description,data:data25};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/derived/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/derived/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.derived.additionalProperties.type,parentSchema:schema28.properties.derived.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/derived",schemaPath:"#/properties/derived/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.derived.type,parentSchema:schema28.properties.derived,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.checks !== undefined){
let data26 = data.checks;
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.id === undefined){
const err37 = {instancePath:instancePath+"/checks/" + i1,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema28.properties.checks.items.required,parentSchema:schema28.properties.checks.items,data:data27};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data27.rule === undefined){
const err38 = {instancePath:instancePath+"/checks/" + i1,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema28.properties.checks.items.required,parentSchema:schema28.properties.checks.items,data:data27};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data27.message === undefined){
const err39 = {instancePath:instancePath+"/checks/" + i1,schemaPath:"#/properties/checks/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema28.properties.checks.items.required,parentSchema:schema28.properties.checks.items,data:data27};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key8 in data27){
if(!((((key8 === "id") || (key8 === "rule")) || (key8 === "message")) || (key8 === "severity"))){
const err40 = {instancePath:instancePath+"/checks/" + i1,schemaPath:"#/properties/checks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema28.properties.checks.items,data:data27};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data27.id !== undefined){
let data28 = data27.id;
if(typeof data28 === "string"){
if(!pattern0.test(data28)){
const err41 = {instancePath:instancePath+"/checks/" + i1+"/id",schemaPath:"#/properties/checks/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema28.properties.checks.items.properties.id,data:data28};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/checks/" + i1+"/id",schemaPath:"#/properties/checks/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.checks.items.properties.id.type,parentSchema:schema28.properties.checks.items.properties.id,data:data28};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data27.rule !== undefined){
let data29 = data27.rule;
if(typeof data29 !== "string"){
const err43 = {instancePath:instancePath+"/checks/" + i1+"/rule",schemaPath:"#/properties/checks/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.checks.items.properties.rule.type,parentSchema:schema28.properties.checks.items.properties.rule,data:data29};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data27.message !== undefined){
let data30 = data27.message;
if(typeof data30 !== "string"){
const err44 = {instancePath:instancePath+"/checks/" + i1+"/message",schemaPath:"#/properties/checks/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.checks.items.properties.message.type,parentSchema:schema28.properties.checks.items.properties.message,data:data30};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data27.severity !== undefined){
let data31 = data27.severity;
if(typeof data31 !== "string"){
const err45 = {instancePath:instancePath+"/checks/" + i1+"/severity",schemaPath:"#/properties/checks/items/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.checks.items.properties.severity.type,parentSchema:schema28.properties.checks.items.properties.severity,data:data31};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((data31 === "error") || (data31 === "warning"))){
const err46 = {instancePath:instancePath+"/checks/" + i1+"/severity",schemaPath:"#/properties/checks/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema28.properties.checks.items.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema28.properties.checks.items.properties.severity.enum,parentSchema:schema28.properties.checks.items.properties.severity,data:data31};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/checks/" + i1,schemaPath:"#/properties/checks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.properties.checks.items.type,parentSchema:schema28.properties.checks.items,data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.checks.type,parentSchema:schema28.properties.checks,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema31 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"title":{"type":"string"},"kind":{"type":"string","enum":["output","outcome","reporting","eligibility","measure"],"default":"output"},"text":{"$ref":"#/definitions/text","description":"The sentence of the source document this target encodes."},"rule":{"type":"string","description":"The target in the rule language (docs/language.md)."},"note":{"type":"string"}},"required":["id","rule"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rule === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "title")) || (key0 === "kind")) || (key0 === "text")) || (key0 === "rule")) || (key0 === "note"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.title.type,parentSchema:schema31.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.kind.type,parentSchema:schema31.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data2 === "output") || (data2 === "outcome")) || (data2 === "reporting")) || (data2 === "eligibility")) || (data2 === "measure"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.kind.enum,parentSchema:schema31.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.text !== undefined){
let data3 = data.text;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/text",schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.rule !== undefined){
let data4 = data.rule;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.rule.type,parentSchema:schema31.properties.rule,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.note !== undefined){
let data5 = data.note;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.note.type,parentSchema:schema31.properties.note,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

const schema33 = {"type":"object","additionalProperties":false,"properties":{"frequency":{"type":"string","enum":["quarterly"],"default":"quarterly"},"paid_months_in_arrears":{"type":"integer","minimum":0,"default":1},"at_risk_percent":{"type":"number","minimum":0,"maximum":100},"elements":{"type":"array","items":{"$ref":"#/definitions/paymentElement"}},"deduction_cap":{"type":"string","enum":["at_risk"],"default":"at_risk"},"year_end_reconciliation":{"type":"object","additionalProperties":false,"properties":{"repay_deductions_when_all_met":{"type":"array","items":{"type":"string"}},"text":{"type":"array","items":{"$ref":"#/definitions/text"}}}},"text":{"type":"array","items":{"$ref":"#/definitions/text"},"description":"The payment terms as the document words them."},"reading":{"type":"string","description":"How these terms were read where the document leaves room, so a reader can dispute it."}}};
const schema34 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"share_percent":{"type":"number","minimum":0,"maximum":100,"description":"Share of the amount at risk this element governs."},"earned_by":{"type":"string","enum":["proportion_of_count_target","equal_shares_of_targets_met"]},"targets":{"type":"array","items":{"type":"string"},"minItems":1},"cap_percent":{"type":"number","minimum":0,"default":100},"no_data":{"type":"string","enum":["earned_and_flagged","not_earned"],"default":"earned_and_flagged"},"text":{"type":"array","items":{"$ref":"#/definitions/text"}}},"required":["id","share_percent","earned_by","targets"]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.share_percent === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "share_percent"},message:"must have required property '"+"share_percent"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.earned_by === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "earned_by"},message:"must have required property '"+"earned_by"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.targets === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "share_percent")) || (key0 === "earned_by")) || (key0 === "targets")) || (key0 === "cap_percent")) || (key0 === "no_data")) || (key0 === "text"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema34.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.id.type,parentSchema:schema34.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.share_percent !== undefined){
let data1 = data.share_percent;
if(typeof data1 == "number"){
if(data1 > 100 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/share_percent",schemaPath:"#/properties/share_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema34.properties.share_percent,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/share_percent",schemaPath:"#/properties/share_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.share_percent,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/share_percent",schemaPath:"#/properties/share_percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.share_percent.type,parentSchema:schema34.properties.share_percent,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.earned_by !== undefined){
let data2 = data.earned_by;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/earned_by",schemaPath:"#/properties/earned_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.earned_by.type,parentSchema:schema34.properties.earned_by,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data2 === "proportion_of_count_target") || (data2 === "equal_shares_of_targets_met"))){
const err11 = {instancePath:instancePath+"/earned_by",schemaPath:"#/properties/earned_by/enum",keyword:"enum",params:{allowedValues: schema34.properties.earned_by.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.earned_by.enum,parentSchema:schema34.properties.earned_by,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.targets !== undefined){
let data3 = data.targets;
if(Array.isArray(data3)){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema34.properties.targets,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/targets/" + i0,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.targets.items.type,parentSchema:schema34.properties.targets.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.targets.type,parentSchema:schema34.properties.targets,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.cap_percent !== undefined){
let data5 = data.cap_percent;
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/cap_percent",schemaPath:"#/properties/cap_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.cap_percent,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/cap_percent",schemaPath:"#/properties/cap_percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.cap_percent.type,parentSchema:schema34.properties.cap_percent,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.no_data !== undefined){
let data6 = data.no_data;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/no_data",schemaPath:"#/properties/no_data/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.no_data.type,parentSchema:schema34.properties.no_data,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data6 === "earned_and_flagged") || (data6 === "not_earned"))){
const err18 = {instancePath:instancePath+"/no_data",schemaPath:"#/properties/no_data/enum",keyword:"enum",params:{allowedValues: schema34.properties.no_data.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.no_data.enum,parentSchema:schema34.properties.no_data,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.text !== undefined){
let data7 = data.text;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err19 = {instancePath:instancePath+"/text/" + i1,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.text.type,parentSchema:schema34.properties.text,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "frequency") || (key0 === "paid_months_in_arrears")) || (key0 === "at_risk_percent")) || (key0 === "elements")) || (key0 === "deduction_cap")) || (key0 === "year_end_reconciliation")) || (key0 === "text")) || (key0 === "reading"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.frequency !== undefined){
let data0 = data.frequency;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.frequency.type,parentSchema:schema33.properties.frequency,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(data0 === "quarterly")){
const err2 = {instancePath:instancePath+"/frequency",schemaPath:"#/properties/frequency/enum",keyword:"enum",params:{allowedValues: schema33.properties.frequency.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.frequency.enum,parentSchema:schema33.properties.frequency,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.paid_months_in_arrears !== undefined){
let data1 = data.paid_months_in_arrears;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err3 = {instancePath:instancePath+"/paid_months_in_arrears",schemaPath:"#/properties/paid_months_in_arrears/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.properties.paid_months_in_arrears.type,parentSchema:schema33.properties.paid_months_in_arrears,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/paid_months_in_arrears",schemaPath:"#/properties/paid_months_in_arrears/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.paid_months_in_arrears,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.at_risk_percent !== undefined){
let data2 = data.at_risk_percent;
if(typeof data2 == "number"){
if(data2 > 100 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/at_risk_percent",schemaPath:"#/properties/at_risk_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema33.properties.at_risk_percent,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/at_risk_percent",schemaPath:"#/properties/at_risk_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33.properties.at_risk_percent,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/at_risk_percent",schemaPath:"#/properties/at_risk_percent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema33.properties.at_risk_percent.type,parentSchema:schema33.properties.at_risk_percent,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.elements !== undefined){
let data3 = data.elements;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate30(data3[i0], {instancePath:instancePath+"/elements/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/elements",schemaPath:"#/properties/elements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.elements.type,parentSchema:schema33.properties.elements,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.deduction_cap !== undefined){
let data5 = data.deduction_cap;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/deduction_cap",schemaPath:"#/properties/deduction_cap/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.deduction_cap.type,parentSchema:schema33.properties.deduction_cap,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data5 === "at_risk")){
const err10 = {instancePath:instancePath+"/deduction_cap",schemaPath:"#/properties/deduction_cap/enum",keyword:"enum",params:{allowedValues: schema33.properties.deduction_cap.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.deduction_cap.enum,parentSchema:schema33.properties.deduction_cap,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.year_end_reconciliation !== undefined){
let data6 = data.year_end_reconciliation;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "repay_deductions_when_all_met") || (key1 === "text"))){
const err11 = {instancePath:instancePath+"/year_end_reconciliation",schemaPath:"#/properties/year_end_reconciliation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.year_end_reconciliation,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.repay_deductions_when_all_met !== undefined){
let data7 = data6.repay_deductions_when_all_met;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/year_end_reconciliation/repay_deductions_when_all_met/" + i1,schemaPath:"#/properties/year_end_reconciliation/properties/repay_deductions_when_all_met/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.year_end_reconciliation.properties.repay_deductions_when_all_met.items.type,parentSchema:schema33.properties.year_end_reconciliation.properties.repay_deductions_when_all_met.items,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/year_end_reconciliation/repay_deductions_when_all_met",schemaPath:"#/properties/year_end_reconciliation/properties/repay_deductions_when_all_met/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.year_end_reconciliation.properties.repay_deductions_when_all_met.type,parentSchema:schema33.properties.year_end_reconciliation.properties.repay_deductions_when_all_met,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.text !== undefined){
let data9 = data6.text;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/year_end_reconciliation/text/" + i2,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/year_end_reconciliation/text",schemaPath:"#/properties/year_end_reconciliation/properties/text/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.year_end_reconciliation.properties.text.type,parentSchema:schema33.properties.year_end_reconciliation.properties.text,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/year_end_reconciliation",schemaPath:"#/properties/year_end_reconciliation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.year_end_reconciliation.type,parentSchema:schema33.properties.year_end_reconciliation,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.text !== undefined){
let data11 = data.text;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 !== "string"){
const err17 = {instancePath:instancePath+"/text/" + i3,schemaPath:"#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.text.type,parentSchema:schema33.properties.text,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reading !== undefined){
let data13 = data.reading;
if(typeof data13 !== "string"){
const err19 = {instancePath:instancePath+"/reading",schemaPath:"#/properties/reading/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.reading.type,parentSchema:schema33.properties.reading,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"category":{"type":"string","enum":["key","business_as_usual"]},"requirement":{"type":"string"},"evidence":{"type":"string"},"links":{"type":"array","items":{"type":"string"}},"details":{"type":"array","items":{"type":"string"}},"check":{"$ref":"#/definitions/complianceCheck"}},"required":["id","category","requirement","evidence"]};
const schema39 = {"type":"object","additionalProperties":false,"description":"How a partner's evidence register proves this requirement.","properties":{"renew_every_months":{"type":"integer","minimum":1},"applies_when":{"type":"string","description":"A fact from the partner's register (e.g. uses_volunteers) that must be true for the duty to apply."},"minimum_amounts":{"type":"array","items":{"type":"object","additionalProperties":false,"properties":{"cover":{"type":"string"},"minimum_pounds":{"type":"number","minimum":0},"basis":{"type":"string","enum":["per_claim","aggregate"]}},"required":["cover","minimum_pounds","basis"]}},"staff":{"type":"object","additionalProperties":false,"description":"Checked against every person in the staff register.","properties":{"dbs_level":{"type":"string","enum":["basic","standard","enhanced"]},"barred_lists":{"type":"array","items":{"type":"string","enum":["adults","children"]}},"renew_every_months":{"type":"integer","minimum":1}}},"per_financial_year":{"type":"integer","minimum":1,"description":"Evidence needed for each of this many past financial years."},"per_year":{"type":"integer","minimum":1,"description":"Number of dated pieces of evidence needed in each contract year."},"per_quarter":{"type":"array","items":{"type":"string"},"description":"Items to be submitted every quarter."},"withhold_if_none_in_financial_year":{"type":"boolean","description":"With per_quarter: a financial year of the contract (or its part up to the day of the check) in which none of the items was provided for any quarter is reported as a distinct gap: payment may be withheld."}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.category === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.requirement === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requirement"},message:"must have required property '"+"requirement"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.evidence === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "category")) || (key0 === "requirement")) || (key0 === "evidence")) || (key0 === "links")) || (key0 === "details")) || (key0 === "check"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema38.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.id.type,parentSchema:schema38.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.category !== undefined){
let data1 = data.category;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.category.type,parentSchema:schema38.properties.category,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data1 === "key") || (data1 === "business_as_usual"))){
const err8 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema38.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.category.enum,parentSchema:schema38.properties.category,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.requirement !== undefined){
let data2 = data.requirement;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/requirement",schemaPath:"#/properties/requirement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.requirement.type,parentSchema:schema38.properties.requirement,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.evidence !== undefined){
let data3 = data.evidence;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.evidence.type,parentSchema:schema38.properties.evidence,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.links !== undefined){
let data4 = data.links;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/links/" + i0,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.links.items.type,parentSchema:schema38.properties.links.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.links.type,parentSchema:schema38.properties.links,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.details !== undefined){
let data6 = data.details;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/details/" + i1,schemaPath:"#/properties/details/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.details.items.type,parentSchema:schema38.properties.details.items,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.details.type,parentSchema:schema38.properties.details,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.check !== undefined){
let data8 = data.check;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!((((((((key1 === "renew_every_months") || (key1 === "applies_when")) || (key1 === "minimum_amounts")) || (key1 === "staff")) || (key1 === "per_financial_year")) || (key1 === "per_year")) || (key1 === "per_quarter")) || (key1 === "withhold_if_none_in_financial_year"))){
const err15 = {instancePath:instancePath+"/check",schemaPath:"#/definitions/complianceCheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.renew_every_months !== undefined){
let data9 = data8.renew_every_months;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err16 = {instancePath:instancePath+"/check/renew_every_months",schemaPath:"#/definitions/complianceCheck/properties/renew_every_months/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.renew_every_months.type,parentSchema:schema39.properties.renew_every_months,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 < 1 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/check/renew_every_months",schemaPath:"#/definitions/complianceCheck/properties/renew_every_months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.renew_every_months,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data8.applies_when !== undefined){
let data10 = data8.applies_when;
if(typeof data10 !== "string"){
const err18 = {instancePath:instancePath+"/check/applies_when",schemaPath:"#/definitions/complianceCheck/properties/applies_when/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.applies_when.type,parentSchema:schema39.properties.applies_when,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data8.minimum_amounts !== undefined){
let data11 = data8.minimum_amounts;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.cover === undefined){
const err19 = {instancePath:instancePath+"/check/minimum_amounts/" + i2,schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/required",keyword:"required",params:{missingProperty: "cover"},message:"must have required property '"+"cover"+"'",schema:schema39.properties.minimum_amounts.items.required,parentSchema:schema39.properties.minimum_amounts.items,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data12.minimum_pounds === undefined){
const err20 = {instancePath:instancePath+"/check/minimum_amounts/" + i2,schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/required",keyword:"required",params:{missingProperty: "minimum_pounds"},message:"must have required property '"+"minimum_pounds"+"'",schema:schema39.properties.minimum_amounts.items.required,parentSchema:schema39.properties.minimum_amounts.items,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data12.basis === undefined){
const err21 = {instancePath:instancePath+"/check/minimum_amounts/" + i2,schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema39.properties.minimum_amounts.items.required,parentSchema:schema39.properties.minimum_amounts.items,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data12){
if(!(((key2 === "cover") || (key2 === "minimum_pounds")) || (key2 === "basis"))){
const err22 = {instancePath:instancePath+"/check/minimum_amounts/" + i2,schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.minimum_amounts.items,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data12.cover !== undefined){
let data13 = data12.cover;
if(typeof data13 !== "string"){
const err23 = {instancePath:instancePath+"/check/minimum_amounts/" + i2+"/cover",schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/properties/cover/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.minimum_amounts.items.properties.cover.type,parentSchema:schema39.properties.minimum_amounts.items.properties.cover,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.minimum_pounds !== undefined){
let data14 = data12.minimum_pounds;
if(typeof data14 == "number"){
if(data14 < 0 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/check/minimum_amounts/" + i2+"/minimum_pounds",schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/properties/minimum_pounds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.minimum_amounts.items.properties.minimum_pounds,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/check/minimum_amounts/" + i2+"/minimum_pounds",schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/properties/minimum_pounds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.minimum_amounts.items.properties.minimum_pounds.type,parentSchema:schema39.properties.minimum_amounts.items.properties.minimum_pounds,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.basis !== undefined){
let data15 = data12.basis;
if(typeof data15 !== "string"){
const err26 = {instancePath:instancePath+"/check/minimum_amounts/" + i2+"/basis",schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/properties/basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.minimum_amounts.items.properties.basis.type,parentSchema:schema39.properties.minimum_amounts.items.properties.basis,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data15 === "per_claim") || (data15 === "aggregate"))){
const err27 = {instancePath:instancePath+"/check/minimum_amounts/" + i2+"/basis",schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/properties/basis/enum",keyword:"enum",params:{allowedValues: schema39.properties.minimum_amounts.items.properties.basis.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.minimum_amounts.items.properties.basis.enum,parentSchema:schema39.properties.minimum_amounts.items.properties.basis,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/check/minimum_amounts/" + i2,schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.minimum_amounts.items.type,parentSchema:schema39.properties.minimum_amounts.items,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/check/minimum_amounts",schemaPath:"#/definitions/complianceCheck/properties/minimum_amounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.minimum_amounts.type,parentSchema:schema39.properties.minimum_amounts,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.staff !== undefined){
let data16 = data8.staff;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key3 in data16){
if(!(((key3 === "dbs_level") || (key3 === "barred_lists")) || (key3 === "renew_every_months"))){
const err30 = {instancePath:instancePath+"/check/staff",schemaPath:"#/definitions/complianceCheck/properties/staff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.staff,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.dbs_level !== undefined){
let data17 = data16.dbs_level;
if(typeof data17 !== "string"){
const err31 = {instancePath:instancePath+"/check/staff/dbs_level",schemaPath:"#/definitions/complianceCheck/properties/staff/properties/dbs_level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.staff.properties.dbs_level.type,parentSchema:schema39.properties.staff.properties.dbs_level,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(((data17 === "basic") || (data17 === "standard")) || (data17 === "enhanced"))){
const err32 = {instancePath:instancePath+"/check/staff/dbs_level",schemaPath:"#/definitions/complianceCheck/properties/staff/properties/dbs_level/enum",keyword:"enum",params:{allowedValues: schema39.properties.staff.properties.dbs_level.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.staff.properties.dbs_level.enum,parentSchema:schema39.properties.staff.properties.dbs_level,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.barred_lists !== undefined){
let data18 = data16.barred_lists;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
let data19 = data18[i3];
if(typeof data19 !== "string"){
const err33 = {instancePath:instancePath+"/check/staff/barred_lists/" + i3,schemaPath:"#/definitions/complianceCheck/properties/staff/properties/barred_lists/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.staff.properties.barred_lists.items.type,parentSchema:schema39.properties.staff.properties.barred_lists.items,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!((data19 === "adults") || (data19 === "children"))){
const err34 = {instancePath:instancePath+"/check/staff/barred_lists/" + i3,schemaPath:"#/definitions/complianceCheck/properties/staff/properties/barred_lists/items/enum",keyword:"enum",params:{allowedValues: schema39.properties.staff.properties.barred_lists.items.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.staff.properties.barred_lists.items.enum,parentSchema:schema39.properties.staff.properties.barred_lists.items,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/check/staff/barred_lists",schemaPath:"#/definitions/complianceCheck/properties/staff/properties/barred_lists/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.staff.properties.barred_lists.type,parentSchema:schema39.properties.staff.properties.barred_lists,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.renew_every_months !== undefined){
let data20 = data16.renew_every_months;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err36 = {instancePath:instancePath+"/check/staff/renew_every_months",schemaPath:"#/definitions/complianceCheck/properties/staff/properties/renew_every_months/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.staff.properties.renew_every_months.type,parentSchema:schema39.properties.staff.properties.renew_every_months,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data20 == "number"){
if(data20 < 1 || isNaN(data20)){
const err37 = {instancePath:instancePath+"/check/staff/renew_every_months",schemaPath:"#/definitions/complianceCheck/properties/staff/properties/renew_every_months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.staff.properties.renew_every_months,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/check/staff",schemaPath:"#/definitions/complianceCheck/properties/staff/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.staff.type,parentSchema:schema39.properties.staff,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8.per_financial_year !== undefined){
let data21 = data8.per_financial_year;
if(!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))){
const err39 = {instancePath:instancePath+"/check/per_financial_year",schemaPath:"#/definitions/complianceCheck/properties/per_financial_year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.per_financial_year.type,parentSchema:schema39.properties.per_financial_year,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 < 1 || isNaN(data21)){
const err40 = {instancePath:instancePath+"/check/per_financial_year",schemaPath:"#/definitions/complianceCheck/properties/per_financial_year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.per_financial_year,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data8.per_year !== undefined){
let data22 = data8.per_year;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err41 = {instancePath:instancePath+"/check/per_year",schemaPath:"#/definitions/complianceCheck/properties/per_year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.per_year.type,parentSchema:schema39.properties.per_year,data:data22};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 < 1 || isNaN(data22)){
const err42 = {instancePath:instancePath+"/check/per_year",schemaPath:"#/definitions/complianceCheck/properties/per_year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.per_year,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data8.per_quarter !== undefined){
let data23 = data8.per_quarter;
if(Array.isArray(data23)){
const len4 = data23.length;
for(let i4=0; i4<len4; i4++){
let data24 = data23[i4];
if(typeof data24 !== "string"){
const err43 = {instancePath:instancePath+"/check/per_quarter/" + i4,schemaPath:"#/definitions/complianceCheck/properties/per_quarter/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.per_quarter.items.type,parentSchema:schema39.properties.per_quarter.items,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/check/per_quarter",schemaPath:"#/definitions/complianceCheck/properties/per_quarter/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.per_quarter.type,parentSchema:schema39.properties.per_quarter,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data8.withhold_if_none_in_financial_year !== undefined){
let data25 = data8.withhold_if_none_in_financial_year;
if(typeof data25 !== "boolean"){
const err45 = {instancePath:instancePath+"/check/withhold_if_none_in_financial_year",schemaPath:"#/definitions/complianceCheck/properties/withhold_if_none_in_financial_year/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.withhold_if_none_in_financial_year.type,parentSchema:schema39.properties.withhold_if_none_in_financial_year,data:data25};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/check",schemaPath:"#/definitions/complianceCheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data8};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://servicespec.dev/schemas/spec.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.version === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema11.properties.id,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.id.type,parentSchema:schema11.properties.id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.title,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.title.type,parentSchema:schema11.properties.title,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.version !== undefined){
let data2 = data.version;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.version,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.version.type,parentSchema:schema11.properties.version,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.extends !== undefined){
let data3 = data.extends;
const _errs9 = errors;
let valid1 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extends.oneOf[0].type,parentSchema:schema11.properties.extends.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs12 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err11 = {instancePath:instancePath+"/extends/" + i0,schemaPath:"#/properties/extends/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extends.oneOf[1].items.type,parentSchema:schema11.properties.extends.oneOf[1].items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.extends.oneOf[1].type,parentSchema:schema11.properties.extends.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err13 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.extends.oneOf,parentSchema:schema11.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.abstract !== undefined){
let data5 = data.abstract;
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/abstract",schemaPath:"#/properties/abstract/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.abstract.type,parentSchema:schema11.properties.abstract,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.commissioner !== undefined){
let data6 = data.commissioner;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/commissioner",schemaPath:"#/properties/commissioner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.commissioner.type,parentSchema:schema11.properties.commissioner,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.funder !== undefined){
let data7 = data.funder;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/funder",schemaPath:"#/properties/funder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.funder.type,parentSchema:schema11.properties.funder,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.lot !== undefined){
let data8 = data.lot;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/lot",schemaPath:"#/properties/lot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.lot.type,parentSchema:schema11.properties.lot,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.document !== undefined){
let data9 = data.document;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(!(((key1 === "heading") || (key1 === "copyright")) || (key1 === "status"))){
const err18 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.document,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.heading !== undefined){
let data10 = data9.heading;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 !== "string"){
const err19 = {instancePath:instancePath+"/document/heading/" + i1,schemaPath:"#/properties/document/properties/heading/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.document.properties.heading.items.type,parentSchema:schema11.properties.document.properties.heading.items,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/document/heading",schemaPath:"#/properties/document/properties/heading/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.document.properties.heading.type,parentSchema:schema11.properties.document.properties.heading,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.copyright !== undefined){
let data12 = data9.copyright;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(typeof data13 !== "string"){
const err21 = {instancePath:instancePath+"/document/copyright/" + i2,schemaPath:"#/properties/document/properties/copyright/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.document.properties.copyright.items.type,parentSchema:schema11.properties.document.properties.copyright.items,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/document/copyright",schemaPath:"#/properties/document/properties/copyright/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.document.properties.copyright.type,parentSchema:schema11.properties.document.properties.copyright,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.status !== undefined){
let data14 = data9.status;
if(typeof data14 !== "string"){
const err23 = {instancePath:instancePath+"/document/status",schemaPath:"#/properties/document/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.document.properties.status.type,parentSchema:schema11.properties.document.properties.status,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.document.type,parentSchema:schema11.properties.document,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.contract !== undefined){
if(!(validate11(data.contract, {instancePath:instancePath+"/contract",parentData:data,parentDataProperty:"contract",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.areas !== undefined){
let data16 = data.areas;
if(Array.isArray(data16)){
if(data16.length < 1){
const err25 = {instancePath:instancePath+"/areas",schemaPath:"#/properties/areas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.areas,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(typeof data17 !== "string"){
const err26 = {instancePath:instancePath+"/areas/" + i3,schemaPath:"#/properties/areas/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.areas.items.type,parentSchema:schema11.properties.areas.items,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/areas",schemaPath:"#/properties/areas/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.areas.type,parentSchema:schema11.properties.areas,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.funding !== undefined){
if(!(validate13(data.funding, {instancePath:instancePath+"/funding",parentData:data,parentDataProperty:"funding",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.staffing !== undefined){
let data19 = data.staffing;
if(typeof data19 !== "string"){
const err28 = {instancePath:instancePath+"/staffing",schemaPath:"#/properties/staffing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.staffing.type,parentSchema:schema11.properties.staffing,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.calendar !== undefined){
if(!(validate15(data.calendar, {instancePath:instancePath+"/calendar",parentData:data,parentDataProperty:"calendar",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.parameters !== undefined){
let data21 = data.parameters;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key2 in data21){
let data22 = data21[key2];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.type === undefined){
const err29 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/parameter/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema19.required,parentSchema:schema19,data:data22};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data22.description === undefined){
const err30 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/parameter/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema19.required,parentSchema:schema19,data:data22};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key3 in data22){
if(!(((((key3 === "type") || (key3 === "values")) || (key3 === "default")) || (key3 === "description")) || (key3 === "set_by"))){
const err31 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/parameter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data22};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data22.type !== undefined){
let data23 = data22.type;
if(typeof data23 !== "string"){
const err32 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/parameter/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.type.type,parentSchema:schema19.properties.type,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((data23 === "string") || (data23 === "number")) || (data23 === "boolean")) || (data23 === "enum"))){
const err33 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/parameter/properties/type/enum",keyword:"enum",params:{allowedValues: schema19.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.type.enum,parentSchema:schema19.properties.type,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data22.values !== undefined){
let data24 = data22.values;
if(Array.isArray(data24)){
const len4 = data24.length;
for(let i4=0; i4<len4; i4++){
let data25 = data24[i4];
if(typeof data25 !== "string"){
const err34 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values/" + i4,schemaPath:"#/definitions/parameter/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.values.items.type,parentSchema:schema19.properties.values.items,data:data25};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values",schemaPath:"#/definitions/parameter/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.values.type,parentSchema:schema19.properties.values,data:data24};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data22.default !== undefined){
let data26 = data22.default;
if(((typeof data26 !== "string") && (!(typeof data26 == "number"))) && (typeof data26 !== "boolean")){
const err36 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/definitions/parameter/properties/default/type",keyword:"type",params:{type: schema19.properties.default.type},message:"must be string,number,boolean",schema:schema19.properties.default.type,parentSchema:schema19.properties.default,data:data26};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data22.description !== undefined){
let data27 = data22.description;
if(typeof data27 !== "string"){
const err37 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/parameter/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.description.type,parentSchema:schema19.properties.description,data:data27};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data22.set_by !== undefined){
let data28 = data22.set_by;
if(typeof data28 !== "string"){
const err38 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/set_by",schemaPath:"#/definitions/parameter/properties/set_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.set_by.type,parentSchema:schema19.properties.set_by,data:data28};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!((data28 === "provider") || (data28 === "commissioner"))){
const err39 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/set_by",schemaPath:"#/definitions/parameter/properties/set_by/enum",keyword:"enum",params:{allowedValues: schema19.properties.set_by.enum},message:"must be equal to one of the allowed values",schema:schema19.properties.set_by.enum,parentSchema:schema19.properties.set_by,data:data28};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/parameters/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/parameter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data:data22};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.parameters.type,parentSchema:schema11.properties.parameters,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.sections !== undefined){
let data29 = data.sections;
if(Array.isArray(data29)){
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
if(!(validate17(data29[i5], {instancePath:instancePath+"/sections/" + i5,parentData:data29,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err42 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sections.type,parentSchema:schema11.properties.sections,data:data29};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.eligibility !== undefined){
if(!(validate21(data.eligibility, {instancePath:instancePath+"/eligibility",parentData:data,parentDataProperty:"eligibility",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.referral_routes !== undefined){
if(!(validate23(data.referral_routes, {instancePath:instancePath+"/referral_routes",parentData:data,parentDataProperty:"referral_routes",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.datasets !== undefined){
let data33 = data.datasets;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key4 in data33){
const _errs72 = errors;
if(typeof key4 === "string"){
if(!pattern6.test(key4)){
const err43 = {instancePath:instancePath+"/datasets",schemaPath:"#/properties/datasets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",schema:"^[a-z][a-z0-9_]*$",parentSchema:schema11.properties.datasets.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
var valid18 = _errs72 === errors;
if(!valid18){
const err44 = {instancePath:instancePath+"/datasets",schemaPath:"#/properties/datasets/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema11.properties.datasets.propertyNames,parentSchema:schema11.properties.datasets,data:data33};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
for(const key5 in data33){
if(!(validate25(data33[key5], {instancePath:instancePath+"/datasets/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data33,parentDataProperty:key5,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err45 = {instancePath:instancePath+"/datasets",schemaPath:"#/properties/datasets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.datasets.type,parentSchema:schema11.properties.datasets,data:data33};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.targets !== undefined){
let data35 = data.targets;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i6=0; i6<len6; i6++){
if(!(validate27(data35[i6], {instancePath:instancePath+"/targets/" + i6,parentData:data35,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.targets.type,parentSchema:schema11.properties.targets,data:data35};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.payment !== undefined){
if(!(validate29(data.payment, {instancePath:instancePath+"/payment",parentData:data,parentDataProperty:"payment",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.checklist !== undefined){
let data38 = data.checklist;
if(Array.isArray(data38)){
const len7 = data38.length;
for(let i7=0; i7<len7; i7++){
if(!(validate33(data38[i7], {instancePath:instancePath+"/checklist/" + i7,parentData:data38,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err47 = {instancePath:instancePath+"/checklist",schemaPath:"#/properties/checklist/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.checklist.type,parentSchema:schema11.properties.checklist,data:data38};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.personal_outcomes !== undefined){
let data40 = data.personal_outcomes;
if(Array.isArray(data40)){
const len8 = data40.length;
for(let i8=0; i8<len8; i8++){
let data41 = data40[i8];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.id === undefined){
const err48 = {instancePath:instancePath+"/personal_outcomes/" + i8,schemaPath:"#/definitions/personalOutcome/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema40.required,parentSchema:schema40,data:data41};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data41.text === undefined){
const err49 = {instancePath:instancePath+"/personal_outcomes/" + i8,schemaPath:"#/definitions/personalOutcome/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema40.required,parentSchema:schema40,data:data41};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key6 in data41){
if(!((((((key6 === "id") || (key6 === "number")) || (key6 === "group")) || (key6 === "text")) || (key6 === "measure")) || (key6 === "tool_parameter"))){
const err50 = {instancePath:instancePath+"/personal_outcomes/" + i8,schemaPath:"#/definitions/personalOutcome/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data:data41};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data41.id !== undefined){
let data42 = data41.id;
if(typeof data42 === "string"){
if(!pattern0.test(data42)){
const err51 = {instancePath:instancePath+"/personal_outcomes/" + i8+"/id",schemaPath:"#/definitions/personalOutcome/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema40.properties.id,data:data42};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/personal_outcomes/" + i8+"/id",schemaPath:"#/definitions/personalOutcome/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.id.type,parentSchema:schema40.properties.id,data:data42};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data41.number !== undefined){
let data43 = data41.number;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err53 = {instancePath:instancePath+"/personal_outcomes/" + i8+"/number",schemaPath:"#/definitions/personalOutcome/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties.number.type,parentSchema:schema40.properties.number,data:data43};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data41.group !== undefined){
let data44 = data41.group;
if(typeof data44 !== "string"){
const err54 = {instancePath:instancePath+"/personal_outcomes/" + i8+"/group",schemaPath:"#/definitions/personalOutcome/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.group.type,parentSchema:schema40.properties.group,data:data44};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data41.text !== undefined){
let data45 = data41.text;
if(typeof data45 !== "string"){
const err55 = {instancePath:instancePath+"/personal_outcomes/" + i8+"/text",schemaPath:"#/definitions/personalOutcome/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.text.type,parentSchema:schema40.properties.text,data:data45};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data41.measure !== undefined){
let data46 = data41.measure;
if(typeof data46 !== "string"){
const err56 = {instancePath:instancePath+"/personal_outcomes/" + i8+"/measure",schemaPath:"#/definitions/personalOutcome/properties/measure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.measure.type,parentSchema:schema40.properties.measure,data:data46};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data41.tool_parameter !== undefined){
let data47 = data41.tool_parameter;
if(typeof data47 !== "string"){
const err57 = {instancePath:instancePath+"/personal_outcomes/" + i8+"/tool_parameter",schemaPath:"#/definitions/personalOutcome/properties/tool_parameter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.tool_parameter.type,parentSchema:schema40.properties.tool_parameter,data:data47};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/personal_outcomes/" + i8,schemaPath:"#/definitions/personalOutcome/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data:data41};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/personal_outcomes",schemaPath:"#/properties/personal_outcomes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.personal_outcomes.type,parentSchema:schema11.properties.personal_outcomes,data:data40};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.system_outcomes !== undefined){
let data48 = data.system_outcomes;
if(Array.isArray(data48)){
const len9 = data48.length;
for(let i9=0; i9<len9; i9++){
let data49 = data48[i9];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.id === undefined){
const err60 = {instancePath:instancePath+"/system_outcomes/" + i9,schemaPath:"#/definitions/systemOutcome/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema41.required,parentSchema:schema41,data:data49};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data49.text === undefined){
const err61 = {instancePath:instancePath+"/system_outcomes/" + i9,schemaPath:"#/definitions/systemOutcome/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema41.required,parentSchema:schema41,data:data49};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key7 in data49){
if(!((key7 === "id") || (key7 === "text"))){
const err62 = {instancePath:instancePath+"/system_outcomes/" + i9,schemaPath:"#/definitions/systemOutcome/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data:data49};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data49.id !== undefined){
let data50 = data49.id;
if(typeof data50 === "string"){
if(!pattern0.test(data50)){
const err63 = {instancePath:instancePath+"/system_outcomes/" + i9+"/id",schemaPath:"#/definitions/systemOutcome/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema41.properties.id,data:data50};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/system_outcomes/" + i9+"/id",schemaPath:"#/definitions/systemOutcome/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.id.type,parentSchema:schema41.properties.id,data:data50};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data49.text !== undefined){
let data51 = data49.text;
if(typeof data51 !== "string"){
const err65 = {instancePath:instancePath+"/system_outcomes/" + i9+"/text",schemaPath:"#/definitions/systemOutcome/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.text.type,parentSchema:schema41.properties.text,data:data51};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/system_outcomes/" + i9,schemaPath:"#/definitions/systemOutcome/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data:data49};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/system_outcomes",schemaPath:"#/properties/system_outcomes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.system_outcomes.type,parentSchema:schema11.properties.system_outcomes,data:data48};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.social_value !== undefined){
let data52 = data.social_value;
if(Array.isArray(data52)){
const len10 = data52.length;
for(let i10=0; i10<len10; i10++){
let data53 = data52[i10];
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.id === undefined){
const err68 = {instancePath:instancePath+"/social_value/" + i10,schemaPath:"#/definitions/socialValueTheme/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema42.required,parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data53.theme === undefined){
const err69 = {instancePath:instancePath+"/social_value/" + i10,schemaPath:"#/definitions/socialValueTheme/required",keyword:"required",params:{missingProperty: "theme"},message:"must have required property '"+"theme"+"'",schema:schema42.required,parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data53.description === undefined){
const err70 = {instancePath:instancePath+"/social_value/" + i10,schemaPath:"#/definitions/socialValueTheme/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema42.required,parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key8 in data53){
if(!(((key8 === "id") || (key8 === "theme")) || (key8 === "description"))){
const err71 = {instancePath:instancePath+"/social_value/" + i10,schemaPath:"#/definitions/socialValueTheme/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data53.id !== undefined){
let data54 = data53.id;
if(typeof data54 === "string"){
if(!pattern0.test(data54)){
const err72 = {instancePath:instancePath+"/social_value/" + i10+"/id",schemaPath:"#/definitions/socialValueTheme/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema42.properties.id,data:data54};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/social_value/" + i10+"/id",schemaPath:"#/definitions/socialValueTheme/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.id.type,parentSchema:schema42.properties.id,data:data54};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data53.theme !== undefined){
let data55 = data53.theme;
if(typeof data55 !== "string"){
const err74 = {instancePath:instancePath+"/social_value/" + i10+"/theme",schemaPath:"#/definitions/socialValueTheme/properties/theme/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.theme.type,parentSchema:schema42.properties.theme,data:data55};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data53.description !== undefined){
let data56 = data53.description;
if(typeof data56 !== "string"){
const err75 = {instancePath:instancePath+"/social_value/" + i10+"/description",schemaPath:"#/definitions/socialValueTheme/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.description.type,parentSchema:schema42.properties.description,data:data56};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/social_value/" + i10,schemaPath:"#/definitions/socialValueTheme/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data53};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/social_value",schemaPath:"#/properties/social_value/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.social_value.type,parentSchema:schema11.properties.social_value,data:data52};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const alternative0branch0 = validate35;
const schema43 = {"type":"string"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

export const alternative0branch1 = validate36;
const schema44 = {"type":"array","items":{"type":"string"}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.items.type,parentSchema:schema44.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

export const alternative1branch0 = validate37;
const schema45 = {"type":"string"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}

export const alternative1branch1 = validate38;
const schema46 = {"type":"object","additionalProperties":false,"properties":{"number":{"type":["string","integer"],"description":"The paragraph number as printed in the source."},"text":{"type":"string"},"items":{"type":"array","items":{"$ref":"#/definitions/paragraph"}},"target":{"type":"string","description":"Id of a target whose sentence stands here."},"quote":{"type":"string","description":"A quotation set apart in the source."},"source":{"type":"string","description":"Attribution of a quotation."},"shows":{"type":"array","description":"Structured parts of the spec that the document prints at this place, where the source has them mid-section.","items":{"$ref":"#/definitions/documentPart"}}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "number") || (key0 === "text")) || (key0 === "items")) || (key0 === "target")) || (key0 === "quote")) || (key0 === "source")) || (key0 === "shows"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if((typeof data0 !== "string") && (!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))))){
const err1 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: schema46.properties.number.type},message:"must be string,integer",schema:schema46.properties.number.type,parentSchema:schema46.properties.number,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.text.type,parentSchema:schema46.properties.text,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.items !== undefined){
let data2 = data.items;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate18(data2[i0], {instancePath:instancePath+"/items/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.items.type,parentSchema:schema46.properties.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.target !== undefined){
let data4 = data.target;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.target.type,parentSchema:schema46.properties.target,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.quote !== undefined){
let data5 = data.quote;
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/quote",schemaPath:"#/properties/quote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.quote.type,parentSchema:schema46.properties.quote,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source !== undefined){
let data6 = data.source;
if(typeof data6 !== "string"){
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.source.type,parentSchema:schema46.properties.source,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.shows !== undefined){
let data7 = data.shows;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err7 = {instancePath:instancePath+"/shows/" + i1,schemaPath:"#/definitions/documentPart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data8};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((((((((((data8 === "funding") || (data8 === "staffing")) || (data8 === "payment")) || (data8 === "year_end_reconciliation")) || (data8 === "eligibility")) || (data8 === "referral_routes")) || (data8 === "targets")) || (data8 === "checklist")) || (data8 === "personal_outcomes")) || (data8 === "system_outcomes")) || (data8 === "social_value")) || (data8 === "parameters")) || (data8 === "datasets"))){
const err8 = {instancePath:instancePath+"/shows/" + i1,schemaPath:"#/definitions/documentPart/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values",schema:schema22.enum,parentSchema:schema22,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/shows",schemaPath:"#/properties/shows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.shows.type,parentSchema:schema46.properties.shows,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}


/** Each oneOf/anyOf of the schema: where it is, its schema as JSON (ajv errors carry that object), one validator per branch. */
export const alternatives = [
  { pointer: "/properties/extends", keyword: "oneOf", schema: "{\"description\":\"Spec files this one builds on, relative to this file. Later files and this file win; see docs/spec-format.md for the merge rules.\",\"oneOf\":[{\"type\":\"string\"},{\"type\":\"array\",\"items\":{\"type\":\"string\"}}]}", branches: [alternative0branch0, alternative0branch1] },
  { pointer: "/definitions/paragraph", keyword: "oneOf", schema: "{\"description\":\"A paragraph of the document: plain text, or an object with a printed number, bullet items, or a reference to a target that stands at this place.\",\"oneOf\":[{\"type\":\"string\"},{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"number\":{\"type\":[\"string\",\"integer\"],\"description\":\"The paragraph number as printed in the source.\"},\"text\":{\"type\":\"string\"},\"items\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/definitions/paragraph\"}},\"target\":{\"type\":\"string\",\"description\":\"Id of a target whose sentence stands here.\"},\"quote\":{\"type\":\"string\",\"description\":\"A quotation set apart in the source.\"},\"source\":{\"type\":\"string\",\"description\":\"Attribution of a quotation.\"},\"shows\":{\"type\":\"array\",\"description\":\"Structured parts of the spec that the document prints at this place, where the source has them mid-section.\",\"items\":{\"$ref\":\"#/definitions/documentPart\"}}}}]}", branches: [alternative1branch0, alternative1branch1] },
];
