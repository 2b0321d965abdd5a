// @ts-nocheck
/* Generated from schemas/mapping.schema.json by scripts/gen-validators.mjs. Do not edit: change the schema and run `npm run gen:validators`. */
import ajvRuntime0 from "ajv/dist/runtime/ucs2length.js";

export const validate = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://servicespec.dev/schemas/mapping.schema.json","title":"Mapping","description":"How a delivery partner's monitoring export maps onto a spec's datasets: file or sheet names, column headings, value spellings and date formats.","type":"object","additionalProperties":false,"properties":{"datasets":{"type":"object","description":"One entry per dataset of the spec that needs mapping.","additionalProperties":{"$ref":"#/definitions/datasetMapping"}},"dates":{"description":"How dates are written in every dataset unless a dataset says otherwise.","$ref":"#/definitions/dateFormat"},"booleans":{"type":"object","description":"Spellings of yes and no, replacing the defaults (true/false, yes/no, y/n, 1/0; case is ignored).","additionalProperties":false,"properties":{"true":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"false":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}}},"closures":{"type":"array","description":"Extra days the service was closed (YYYY-MM-DD); they do not count as working days.","items":{"$ref":"#/definitions/isoDate"}}},"definitions":{"isoDate":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"A date written YYYY-MM-DD."},"dateFormat":{"type":"string","enum":["iso","dd/mm/yyyy","excel-serial","auto"],"description":"iso: 2022-04-03; dd/mm/yyyy: 03/04/2022 is 3 April (never month first); excel-serial: 44652; auto: any of these."},"datasetMapping":{"type":"object","additionalProperties":false,"properties":{"file":{"type":"string","minLength":1,"description":"The file in the data folder holding this dataset, e.g. \"Referrals export.csv\"."},"sheet":{"type":"string","minLength":1,"description":"The workbook sheet holding this dataset."},"columns":{"type":"object","description":"Field name → the partner's column heading.","additionalProperties":{"type":"string","minLength":1}},"values":{"type":"object","description":"Field name → { partner's value: our value }.","additionalProperties":{"type":"object","additionalProperties":{"type":["string","boolean","number"]}}},"dates":{"description":"How this dataset's dates are written: one format, or field name → format (with \"default\" for the rest).","oneOf":[{"$ref":"#/definitions/dateFormat"},{"type":"object","additionalProperties":{"$ref":"#/definitions/dateFormat"}}]}}}}};
const schema13 = {"type":"string","enum":["iso","dd/mm/yyyy","excel-serial","auto"],"description":"iso: 2022-04-03; dd/mm/yyyy: 03/04/2022 is 3 April (never month first); excel-serial: 44652; auto: any of these."};
const schema16 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"A date written YYYY-MM-DD."};
const schema12 = {"type":"object","additionalProperties":false,"properties":{"file":{"type":"string","minLength":1,"description":"The file in the data folder holding this dataset, e.g. \"Referrals export.csv\"."},"sheet":{"type":"string","minLength":1,"description":"The workbook sheet holding this dataset."},"columns":{"type":"object","description":"Field name → the partner's column heading.","additionalProperties":{"type":"string","minLength":1}},"values":{"type":"object","description":"Field name → { partner's value: our value }.","additionalProperties":{"type":"object","additionalProperties":{"type":["string","boolean","number"]}}},"dates":{"description":"How this dataset's dates are written: one format, or field name → format (with \"default\" for the rest).","oneOf":[{"$ref":"#/definitions/dateFormat"},{"type":"object","additionalProperties":{"$ref":"#/definitions/dateFormat"}}]}}};
const func2 = (ajvRuntime0.default ?? ajvRuntime0);

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "file") || (key0 === "sheet")) || (key0 === "columns")) || (key0 === "values")) || (key0 === "dates"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.file !== undefined){
let data0 = data.file;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sheet !== undefined){
let data1 = data.sheet;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err3 = {instancePath:instancePath+"/sheet",schemaPath:"#/properties/sheet/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err4 = {instancePath:instancePath+"/sheet",schemaPath:"#/properties/sheet/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.columns !== undefined){
let data2 = data.columns;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/columns/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err6 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/columns/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.values !== undefined){
let data4 = data.values;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
let data5 = data4[key2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
let data6 = data5[key3];
if(((typeof data6 !== "string") && (typeof data6 !== "boolean")) && (!(typeof data6 == "number"))){
const err8 = {instancePath:instancePath+"/values/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/values/additionalProperties/additionalProperties/type",keyword:"type",params:{type: schema12.properties.values.additionalProperties.additionalProperties.type},message:"must be string,boolean,number"};
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
const err9 = {instancePath:instancePath+"/values/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/values/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err10 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dates !== undefined){
let data7 = data.dates;
const _errs20 = errors;
let valid4 = false;
let passing0 = null;
const _errs21 = errors;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/dates",schemaPath:"#/definitions/dateFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((((data7 === "iso") || (data7 === "dd/mm/yyyy")) || (data7 === "excel-serial")) || (data7 === "auto"))){
const err12 = {instancePath:instancePath+"/dates",schemaPath:"#/definitions/dateFormat/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs21 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs24 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
let data8 = data7[key4];
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/dates/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/dateFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data8 === "iso") || (data8 === "dd/mm/yyyy")) || (data8 === "excel-serial")) || (data8 === "auto"))){
const err14 = {instancePath:instancePath+"/dates/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/dateFormat/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
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
const err15 = {instancePath:instancePath+"/dates",schemaPath:"#/properties/dates/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err16 = {instancePath:instancePath+"/dates",schemaPath:"#/properties/dates/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://servicespec.dev/schemas/mapping.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "datasets") || (key0 === "dates")) || (key0 === "booleans")) || (key0 === "closures"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.datasets !== undefined){
let data0 = data.datasets;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(validate11(data0[key1], {instancePath:instancePath+"/datasets/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/datasets",schemaPath:"#/properties/datasets/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dates !== undefined){
let data2 = data.dates;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/dates",schemaPath:"#/definitions/dateFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data2 === "iso") || (data2 === "dd/mm/yyyy")) || (data2 === "excel-serial")) || (data2 === "auto"))){
const err3 = {instancePath:instancePath+"/dates",schemaPath:"#/definitions/dateFormat/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.booleans !== undefined){
let data3 = data.booleans;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(!((key2 === "true") || (key2 === "false"))){
const err4 = {instancePath:instancePath+"/booleans",schemaPath:"#/properties/booleans/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.true !== undefined){
let data4 = data3.true;
if(Array.isArray(data4)){
if(data4.length < 1){
const err5 = {instancePath:instancePath+"/booleans/true",schemaPath:"#/properties/booleans/properties/true/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err6 = {instancePath:instancePath+"/booleans/true/" + i0,schemaPath:"#/properties/booleans/properties/true/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err7 = {instancePath:instancePath+"/booleans/true/" + i0,schemaPath:"#/properties/booleans/properties/true/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err8 = {instancePath:instancePath+"/booleans/true",schemaPath:"#/properties/booleans/properties/true/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.false !== undefined){
let data6 = data3.false;
if(Array.isArray(data6)){
if(data6.length < 1){
const err9 = {instancePath:instancePath+"/booleans/false",schemaPath:"#/properties/booleans/properties/false/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err10 = {instancePath:instancePath+"/booleans/false/" + i1,schemaPath:"#/properties/booleans/properties/false/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err11 = {instancePath:instancePath+"/booleans/false/" + i1,schemaPath:"#/properties/booleans/properties/false/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err12 = {instancePath:instancePath+"/booleans/false",schemaPath:"#/properties/booleans/properties/false/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err13 = {instancePath:instancePath+"/booleans",schemaPath:"#/properties/booleans/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.closures !== undefined){
let data8 = data.closures;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err14 = {instancePath:instancePath+"/closures/" + i2,schemaPath:"#/definitions/isoDate/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/closures/" + i2,schemaPath:"#/definitions/isoDate/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err16 = {instancePath:instancePath+"/closures",schemaPath:"#/properties/closures/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

