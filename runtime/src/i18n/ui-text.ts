import type { Locale } from '@sprout/shared/i18n';

/** The runtime's own words (shared words validation messages). zh-CN first, en second. */
const TEXT = {
  required: ['必填', 'required'],
  choose: ['请选择', 'Choose…'],
  next: ['下一步', 'Next'],
  back: ['上一步', 'Back'],
  submit: ['提交', 'Submit'],
  submitting: ['正在提交…', 'Submitting…'],
  step: ['第 {n} 步，共 {total} 步', 'Step {n} of {total}'],
  progress: ['填写进度', 'Progress'],
  errorSummaryOne: ['有 1 处需要修改', 'There is 1 problem to fix'],
  errorSummaryMany: ['有 {n} 处需要修改', 'There are {n} problems to fix'],
  computed: ['自动计算', 'Worked out for you'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  addRow: ['添加一行', 'Add a row'],
  removeRow: ['删除第 {n} 条', 'Remove row {n}'],
  moveUp: ['上移第 {n} 条', 'Move row {n} up'],
  moveDown: ['下移第 {n} 条', 'Move row {n} down'],
  row: ['第 {n} 条', 'Row {n}'],
  rowCount: ['已填 {n} 条，最多 {max} 条', '{n} of at most {max} rows'],
  regionLevel: ['{level}', '{level}'],
  loading: ['加载中…', 'Loading…'],
  loadFailed: ['加载失败，请检查网络后重试', 'Could not load; check your connection and try again'],
  retry: ['重试', 'Try again'],
  chooseFiles: ['选择文件或拍照', 'Choose files or take a photo'],
  uploadHint: ['最多 {max} 个，每个不超过 {size} MB', 'Up to {max} files, {size} MB each'],
  uploading: ['正在上传 {name}…', 'Uploading {name}…'],
  shrinking: ['正在压缩照片 {name}…', 'Shrinking the photo {name}…'],
  uploaded: ['已上传 {name}', 'Uploaded {name}'],
  uploadProgress: ['{name} 上传进度', 'Upload progress of {name}'],
  uploadFailed: ['上传失败：{name}', 'Upload failed: {name}'],
  removeFile: ['删除 {name}', 'Remove {name}'],
  signHere: ['请在框内手写签名', 'Sign inside the box'],
  signClear: ['重签', 'Clear'],
  signTyped: ['不方便手写？输入姓名生成签名', 'Cannot draw? Type your name to sign'],
  signTypedButton: ['用输入的姓名签名', 'Sign with this name'],
  signDone: ['已签名', 'Signed'],
  locate: ['获取当前位置', 'Use my location'],
  locating: ['正在定位…', 'Locating…'],
  located: ['已定位：纬度 {lat}，经度 {lng}（精度约 {acc} 米）', 'Located: {lat}, {lng} (about {acc} m)'],
  locateFailed: ['无法获取位置，请手动填写', 'Could not get your location; type the place instead'],
  locationManual: ['或手动填写地点', 'Or type the place'],
  addressDetail: ['详细地址', 'Street address'],
  ratingOf: ['{n} 分', '{n} of {max}'],
  largeText: ['大字模式', 'Large text'],
  language: ['English', '中文'],
  languageLabel: ['切换语言', 'Language'],
  draftRestored: ['已恢复您上次未提交的填写内容（{time}）。', 'Your unsent answers from {time} were restored.'],
  draftClear: ['清空重填', 'Clear and start again'],
  draftSaving: ['在本设备保存草稿', 'Save drafts on this device'],
  draftSavingHelp: [
    '公用手机请关闭；关闭后将删除本设备上的草稿。',
    'Turn off on a shared phone; turning it off deletes drafts on this device.',
  ],
  notFound: ['找不到这个应用，请检查链接是否正确', 'This app was not found; check the link'],
  closed: ['此应用已停止收集', 'This app no longer accepts answers'],
  queued: [
    '网络不通，您的填写已保存在本机，联网后将自动发送，请勿重复提交。',
    'You are offline. Your answers are kept on this phone and will be sent when you are back online; no need to submit again.',
  ],
  sendNow: ['立即重试发送', 'Try sending now'],
  received: ['提交成功', 'Submitted'],
  receiptCode: ['回执码', 'Receipt code'],
  receiptHelp: ['请截图或记下回执码，用于查询办理进度。', 'Keep this code to check the progress of your submission.'],
  status: ['状态', 'Status'],
  qrAlt: ['{label}二维码', 'QR code: {label}'],
  reviewComment: ['审核意见', 'Reviewer’s comment'],
  fillAgain: ['再填一份', 'Fill in another'],
  submitFailed: ['提交未成功：{detail}', 'Not sent: {detail}'],
  consent: ['隐私说明', 'Privacy notice'],
  consentAgree: ['我已阅读并同意', 'I have read and agree'],
  consentMissing: [
    '请先阅读隐私说明并勾选“我已阅读并同意”',
    'Read the privacy notice and tick “I have read and agree” first',
  ],
  statusSubmitted: ['已提交', 'Submitted'],
  statusPending: ['待审核', 'Waiting for review'],
  statusApproved: ['已通过', 'Approved'],
  statusRejected: ['未通过', 'Not approved'],
  statusReturned: ['退回修改', 'Returned for changes'],
  statusClaimed: ['审核中', 'Being reviewed'],
  correct: ['修改后重新提交', 'Correct and send again'],
  correctIntro: [
    '审核人员退回了您的填报，请按意见修改后重新提交。回执码不变。',
    'Your submission was returned: correct it as the comment says and send it again. The receipt code stays the same.',
  ],
  resend: ['重新提交', 'Send again'],
  resultAfterReview: [
    '工作人员审核通过后，结果和结果码会显示在这里，可用回执码随时查询。',
    'Once an official approves it, the result and its code appear here; check any time with the receipt code.',
  ],
  versionUpdated: [
    '这张表刚刚更新了。您填写但还没送达的内容已保留在下面，仍然适用的都已填好，请检查后重新提交。',
    'This form was just updated. What you filled in but was not yet sent is kept below, wherever it still fits: check it and send it again.',
  ],
  versionAdded: ['新增：', 'New: '],
  versionChanged: ['有变化，请重新填写：', 'Changed, fill in again: '],
  versionRemoved: ['已删除：', 'Removed: '],
  codeValidUntil: ['结果码有效期至 {time}（北京时间）', 'Code valid until {time} (China time)'],
} satisfies Record<string, [string, string]>;

export type UiKey = keyof typeof TEXT;

/**
 * The runtime's UI text in a locale, with `{param}` filled in.
 * @example ui('en', 'step', { n: 2, total: 4 }) // 'Step 2 of 4'
 */
export function ui(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = TEXT[key][locale === 'en' ? 1 : 0];
  // Most texts have no parameter; a thousand-field form asks for 'required' and 'choose' at mount.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (m, p: string) => (p in params ? String(params[p]) : m));
}
