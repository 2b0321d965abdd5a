// @ts-nocheck
/* Generated from schemas/evidence.schema.json by scripts/gen-validators.mjs. Do not edit: change the schema and run `npm run gen:validators`. */

export const validate = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://servicespec.dev/schemas/evidence.schema.json","title":"EvidenceRegister","description":"A delivery partner's evidence register: one entry per piece of evidence for a checklist requirement of the spec. The same columns make the CSV form (one row per entry, headings as the property names). docs/payment.md explains each field.","type":"object","additionalProperties":false,"properties":{"partner":{"type":"string","description":"The delivery partner's name, for the report heading."},"facts":{"type":"object","description":"Facts that decide whether a duty applies, such as uses_volunteers. The staff register's volunteer column also sets uses_volunteers.","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"boolean"}},"evidence":{"type":"array","items":{"$ref":"#/definitions/evidence"}}},"required":["evidence"],"definitions":{"isoDate":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"A calendar date written YYYY-MM-DD."},"evidence":{"type":"object","additionalProperties":false,"properties":{"requirement":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Id of the checklist requirement in the spec, e.g. insurance."},"evidence":{"type":"string","description":"What the evidence is: the document's title and version. Not personal data."},"provided":{"$ref":"#/definitions/isoDate","description":"The day the evidence was provided or the event (a focus group, an EQIA) took place."},"expires":{"$ref":"#/definitions/isoDate","description":"The last day the evidence is valid (an insurance policy's end date); leave out when it does not expire."},"cover":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Insurance: which cover, as the spec names it (public_liability, employers_liability, professional_indemnity)."},"amount_pounds":{"type":"number","minimum":0,"description":"Insurance: the limit of cover in pounds."},"basis":{"type":"string","enum":["per_claim","aggregate"],"description":"Insurance: whether the limit is per claim or in the aggregate."},"financial_year":{"type":"string","pattern":"^\\d{4}/\\d{2}$","description":"Accounts: the financial year they cover, e.g. 2021/22."},"quarter":{"type":"string","pattern":"^\\d{4}/\\d{2} Q[1-4]$","description":"Quarterly submissions: the quarter, e.g. 2022/23 Q1."},"item":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Quarterly submissions: which item, as the spec names it (narrative_report, data_spreadsheet, case_study)."}},"required":["requirement","provided"]},"staffMember":{"type":"object","description":"One row of the staff register (a CSV file with these headings). Staff ids only: never names.","additionalProperties":false,"properties":{"staff_id":{"type":"string","minLength":1},"role":{"type":"string"},"dbs_check_date":{"$ref":"#/definitions/isoDate","description":"The date on the DBS certificate (YYYY-MM-DD or day/month/year in CSV)."},"dbs_level":{"type":"string","enum":["basic","standard","enhanced"]},"barred_lists":{"type":"array","description":"Barred lists the check covered; in CSV separated by ';', e.g. adults;children.","items":{"type":"string","enum":["adults","children"]}},"volunteer":{"type":"boolean","description":"yes when the person is a volunteer; in CSV yes or no."}},"required":["staff_id"]}}};
const pattern0 = new RegExp("^[a-z][a-z0-9_]*$", "u");
const schema12 = {"type":"object","additionalProperties":false,"properties":{"requirement":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Id of the checklist requirement in the spec, e.g. insurance."},"evidence":{"type":"string","description":"What the evidence is: the document's title and version. Not personal data."},"provided":{"$ref":"#/definitions/isoDate","description":"The day the evidence was provided or the event (a focus group, an EQIA) took place."},"expires":{"$ref":"#/definitions/isoDate","description":"The last day the evidence is valid (an insurance policy's end date); leave out when it does not expire."},"cover":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Insurance: which cover, as the spec names it (public_liability, employers_liability, professional_indemnity)."},"amount_pounds":{"type":"number","minimum":0,"description":"Insurance: the limit of cover in pounds."},"basis":{"type":"string","enum":["per_claim","aggregate"],"description":"Insurance: whether the limit is per claim or in the aggregate."},"financial_year":{"type":"string","pattern":"^\\d{4}/\\d{2}$","description":"Accounts: the financial year they cover, e.g. 2021/22."},"quarter":{"type":"string","pattern":"^\\d{4}/\\d{2} Q[1-4]$","description":"Quarterly submissions: the quarter, e.g. 2022/23 Q1."},"item":{"type":"string","pattern":"^[a-z][a-z0-9_]*$","description":"Quarterly submissions: which item, as the spec names it (narrative_report, data_spreadsheet, case_study)."}},"required":["requirement","provided"]};
const schema13 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"A calendar date written YYYY-MM-DD."};
const func2 = Object.prototype.hasOwnProperty;
const pattern1 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern5 = new RegExp("^\\d{4}/\\d{2}$", "u");
const pattern6 = new RegExp("^\\d{4}/\\d{2} Q[1-4]$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.requirement === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requirement"},message:"must have required property '"+"requirement"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.provided === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provided"},message:"must have required property '"+"provided"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema12.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.requirement !== undefined){
let data0 = data.requirement;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err3 = {instancePath:instancePath+"/requirement",schemaPath:"#/properties/requirement/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};
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
const err4 = {instancePath:instancePath+"/requirement",schemaPath:"#/properties/requirement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.evidence !== undefined){
if(typeof data.evidence !== "string"){
const err5 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.provided !== undefined){
let data2 = data.provided;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err6 = {instancePath:instancePath+"/provided",schemaPath:"#/definitions/isoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
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
const err7 = {instancePath:instancePath+"/provided",schemaPath:"#/definitions/isoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.expires !== undefined){
let data3 = data.expires;
if(typeof data3 === "string"){
if(!pattern2.test(data3)){
const err8 = {instancePath:instancePath+"/expires",schemaPath:"#/definitions/isoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
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
const err9 = {instancePath:instancePath+"/expires",schemaPath:"#/definitions/isoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.cover !== undefined){
let data4 = data.cover;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err10 = {instancePath:instancePath+"/cover",schemaPath:"#/properties/cover/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/cover",schemaPath:"#/properties/cover/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.amount_pounds !== undefined){
let data5 = data.amount_pounds;
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/amount_pounds",schemaPath:"#/properties/amount_pounds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/amount_pounds",schemaPath:"#/properties/amount_pounds/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.basis !== undefined){
let data6 = data.basis;
if(typeof data6 !== "string"){
const err14 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data6 === "per_claim") || (data6 === "aggregate"))){
const err15 = {instancePath:instancePath+"/basis",schemaPath:"#/properties/basis/enum",keyword:"enum",params:{allowedValues: schema12.properties.basis.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.financial_year !== undefined){
let data7 = data.financial_year;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err16 = {instancePath:instancePath+"/financial_year",schemaPath:"#/properties/financial_year/pattern",keyword:"pattern",params:{pattern: "^\\d{4}/\\d{2}$"},message:"must match pattern \""+"^\\d{4}/\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/financial_year",schemaPath:"#/properties/financial_year/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.quarter !== undefined){
let data8 = data.quarter;
if(typeof data8 === "string"){
if(!pattern6.test(data8)){
const err18 = {instancePath:instancePath+"/quarter",schemaPath:"#/properties/quarter/pattern",keyword:"pattern",params:{pattern: "^\\d{4}/\\d{2} Q[1-4]$"},message:"must match pattern \""+"^\\d{4}/\\d{2} Q[1-4]$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/quarter",schemaPath:"#/properties/quarter/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.item !== undefined){
let data9 = data.item;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err20 = {instancePath:instancePath+"/item",schemaPath:"#/properties/item/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/item",schemaPath:"#/properties/item/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://servicespec.dev/schemas/evidence.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.evidence === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "evidence"},message:"must have required property '"+"evidence"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "partner") || (key0 === "facts")) || (key0 === "evidence"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.partner !== undefined){
if(typeof data.partner !== "string"){
const err2 = {instancePath:instancePath+"/partner",schemaPath:"#/properties/partner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.facts !== undefined){
let data1 = data.facts;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err3 = {instancePath:instancePath+"/facts",schemaPath:"#/properties/facts/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err4 = {instancePath:instancePath+"/facts",schemaPath:"#/properties/facts/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data1){
if(typeof data1[key2] !== "boolean"){
const err5 = {instancePath:instancePath+"/facts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/facts/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err6 = {instancePath:instancePath+"/facts",schemaPath:"#/properties/facts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.evidence !== undefined){
let data3 = data.evidence;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data3[i0], {instancePath:instancePath+"/evidence/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

