/** Chinese, Japanese, Korean, Arabic and Vietnamese templates. */
import type { Pack } from "./pack";

export const ZH: Pack = {
  lang: "zh",
  chat: [
    "我和{first}上周末去了{city}，帮我给她爸妈写一张感谢卡吧",
    "帮我把这句话改得客气一点：“{full}，{company}的发票还没有付。”",
    "我女儿{first}{date}要去看牙医，怎么跟学校请假？",
    "不小心把密码{password}发到群里了，怎么办？",
    "帮我看看{full}的IBAN {iban} 对不对",
  ],
  email: [
    "{first}你好：\n\n谢谢今天的会议，签好的合同我周五前发到{email}。\n\n祝好\n{full}\n{company}\n电话：{phone}",
    "{full}您好：\n\n您的预约时间为{date}，请携带病历号{patient}。\n\n门诊部",
  ],
  address: [
    "收货地址：\n{full}\n{city}{street}\n邮编：{zip}",
    "请寄到{city}{street}，收件人{full}，电话{phone}。",
  ],
  incident: [
    "工单{n}：客户{full}（{email}）重置密码后无法登录，最后一次登录IP为{ip}。",
    "投诉：{full}反映银行卡{card}在{date}被重复扣款，回电{phone}。",
  ],
  prose: [
    "这周末可能有大雨，出门记得带伞。",
    "我们把前端部署到了Vercel，每个PR都会生成预览链接。",
    "做红烧肉的时候先炒糖色，颜色会更好看。",
  ],
};

export const JA: Pack = {
  lang: "ja",
  chat: [
    "週末に{first}さんと{city}に行ってきました。ご両親へのお礼状を書くのを手伝ってください",
    "もう少し丁寧に言い換えて：「{last}さん、{company}の請求書がまだ支払われていません」",
    "娘の{first}が{date}に歯医者の予約があるので、学校への連絡文を書いて",
    "パスワード{password}をうっかりチームのチャットに貼ってしまいました。どうすればいい？",
    "{full}さんのIBAN {iban} が正しいか確認してもらえますか",
  ],
  email: [
    "{last}様\n\n先日はありがとうございました。署名済みの契約書を金曜日までに{email}へお送りします。\n\n{full}\n{company}\nTEL {phone}",
    "{full}様\n\nご予約は{date}で確定しました。診察券番号{patient}をお持ちください。\n\n受付",
  ],
  address: [
    "お届け先：\n〒{zip}\n{city}{street}\n{full} 様",
    "送り先は〒{zip} {city}{street}、{full}宛てでお願いします。",
  ],
  incident: [
    "問い合わせ{n}：お客様{full}（{email}）がパスワード再設定後にログインできない。最終ログインは{ip}。",
    "苦情：{full}様よりカード{card}が{date}に二重請求されたとの連絡。折り返し{phone}。",
  ],
  prose: [
    "今週末は台風の影響で電車が止まるかもしれません。",
    "フロントエンドをVercelに移行して、プレビュー環境が自動で作られるようになりました。",
    "おにぎりは手を水で濡らしてから握るとご飯がくっつきにくいです。",
  ],
};

export const KO: Pack = {
  lang: "ko",
  chat: [
    "주말에 {first}랑 {city}에 다녀왔어. 부모님께 드릴 감사 카드 좀 써 줘",
    "좀 더 정중하게 바꿔 줘: \"{full} 님, {company} 청구서가 아직 결제되지 않았습니다.\"",
    "딸 {first}이가 {date}에 치과 예약이 있어서 학교에 보낼 문자 써 줘",
    "실수로 비밀번호 {password}를 팀 채팅방에 붙여 넣었어. 어떻게 해?",
  ],
  email: [
    "{first} 님 안녕하세요,\n\n미팅 감사했습니다. 서명한 계약서는 금요일까지 {email}로 보내드리겠습니다.\n\n{full} 드림\n{company}\n{phone}",
    "{full} 님,\n\n예약이 {date}로 확정되었습니다. 환자번호 {patient}를 지참해 주세요.\n\n원무과",
  ],
  address: [
    "배송지:\n{full}\n{city} {street}\n우편번호 {zip}",
    "{city} {street}로 보내 주세요. 받는 사람 {full}, 연락처 {phone}.",
  ],
  incident: [
    "문의 {n}: 고객 {full}({email}) 님이 비밀번호 재설정 후 로그인하지 못함. 마지막 접속 IP {ip}.",
    "민원: {full} 님 카드 {card}가 {date}에 두 번 결제됨. 회신 번호 {phone}.",
  ],
  prose: [
    "이번 주말에는 비가 많이 온다고 하니 우산을 챙기세요.",
    "프런트엔드를 Vercel로 옮겼더니 PR마다 미리보기 링크가 생겨요.",
    "김치찌개는 잘 익은 김치로 끓여야 맛있어요.",
  ],
};

export const AR: Pack = {
  lang: "ar",
  chat: [
    "ذهبت أنا و{first} إلى {city} في عطلة نهاية الأسبوع، ساعدني في كتابة رسالة شكر لوالديها",
    "أعد صياغة هذا بأدب: \"أستاذ {full}، فاتورة {company} لم تُدفع بعد.\"",
    "ابني {first} عنده موعد عند طبيب الأسنان يوم {date}، كيف أبلغ المدرسة؟",
    "لصقت كلمة المرور {password} في مجموعة العمل بالخطأ، ماذا أفعل؟",
  ],
  email: [
    "مرحباً {first}،\n\nشكراً على الاجتماع. سأرسل العقد الموقع إلى {email} قبل الجمعة.\n\nمع التحية،\n{full}\n{company}\nهاتف: {phone}",
    "السيد/ة {full}،\n\nتم تأكيد موعدك يوم {date}. يرجى إحضار رقم الملف الطبي {patient}.\n\nالاستقبال",
  ],
  address: [
    "عنوان التوصيل:\n{full}\n{street}\n{city} {zip}",
    "أرسلوا الطلب إلى {full}، {street}، {city}.",
  ],
  incident: [
    "طلب {n}: العميل {full} ({email}) لا يستطيع تسجيل الدخول بعد إعادة تعيين كلمة المرور. آخر دخول من {ip}.",
    "شكوى: {full} يقول إن البطاقة {card} خُصم منها مرتين يوم {date}. الرقم للتواصل {phone}.",
  ],
  prose: [
    "من المتوقع أن تنخفض درجات الحرارة نهاية هذا الأسبوع مع هبوب رياح قوية.",
    "نقلنا الواجهة إلى Vercel وأصبح لكل طلب دمج رابط معاينة خاص به.",
    "يصبح الأرز أطيب إذا نُقع في الماء نصف ساعة قبل الطبخ.",
  ],
};

export const VI: Pack = {
  lang: "vi",
  chat: [
    "mình với {lower} đi {city} cuối tuần rồi, viết giúp mình thiệp cảm ơn bố mẹ bạn ấy nhé",
    "Viết lại lịch sự hơn: \"Anh {first}, hóa đơn của {company} vẫn chưa được thanh toán.\"",
    "con gái mình là {first} có lịch khám răng ngày {date}, xin phép nhà trường thế nào?",
    "lỡ dán mật khẩu {password} vào nhóm chat công ty, giờ làm sao?",
  ],
  email: [
    "Chào {first},\n\nCảm ơn buổi họp hôm nay. Mình sẽ gửi hợp đồng đã ký tới {email} trước thứ Sáu.\n\nTrân trọng,\n{full}\n{company}\nĐT: {phone}",
    "Kính gửi {full},\n\nLịch hẹn của quý khách là ngày {date}. Vui lòng mang theo mã bệnh nhân {patient}.\n\nQuầy tiếp đón",
  ],
  address: [
    "Địa chỉ giao hàng:\n{full}\n{street}\n{city} {zip}",
    "Gửi giúp mình tới {street}, {city}, người nhận {full}.",
  ],
  incident: [
    "Yêu cầu {n}: khách hàng {full} ({email}) không đăng nhập được sau khi đổi mật khẩu. Lần cuối từ {ip}.",
    "Khiếu nại: {full} báo thẻ {card} bị trừ tiền hai lần ngày {date}. Gọi lại số {phone}.",
  ],
  prose: [
    "Cuối tuần này trời có mưa rào, mọi người nhớ mang áo mưa khi ra ngoài.",
    "Bọn mình chuyển frontend sang Vercel nên mỗi pull request đều có link xem trước.",
    "Phở ngon nhất khi nước dùng được ninh xương nhiều giờ.",
  ],
};
