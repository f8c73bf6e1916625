export const stripeKey = "sk_live_9Rt4Xz7Np1Hs3Jd5Gb0Ya2Ce";
export const googleKey = "AIzaSyB7Np1Hs3Jd5Gb0Ya2Ce8FkQ4Lm9Vw2Kq8V";
const apiToken = "Jd5Gb0Ya2Ce8FkQ4Lm9Vw2";
