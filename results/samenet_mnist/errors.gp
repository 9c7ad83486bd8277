# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"1\\_bp softmax" 1.45 0 NaN
"2\\_ff goodness\\_every\\_label" 1.61 0 NaN
"2\\_ff one\\_pass\\_softmax" 1.58 0 NaN
"3\\_symba goodness\\_every\\_label" 1.92 0 NaN
"3\\_symba one\\_pass\\_softmax" 2.25 0 NaN
"4\\_local\\_head softmax" 1.95 0 NaN
"4\\_local\\_head\\_lr0.1 softmax" 1.61 0 NaN
"5\\_fa softmax" 1.96 0 NaN
"6\\_sign\\_symmetry softmax" 1.81 0 NaN
"7\\_dfa softmax" 2.26 0 NaN
"8\\_drtp softmax" 4.19 0 NaN
"9\\_pepita softmax" 3.08 0 NaN
EOD
set terminal svg size 900,438 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [11.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.2308:4.4092]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,438 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [11.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.2308:4.4092]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,2.26in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [11.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.2308:4.4092]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
