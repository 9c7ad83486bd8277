# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"bp\\_4x2000\\_seeds softmax" 1.48 0.0529 1.4
"hinton\\_code\\_3x1000 goodness\\_every\\_label" 1.54 0 1.44
"hinton\\_code\\_3x1000 one\\_pass\\_softmax" 1.62 0 1.44
"recurrent\\_3x1000 goodness\\_every\\_label" 2.11 0 1.31
"recurrent\\_3x1000 one\\_pass\\_softmax" 2.14 0 1.31
"recurrent\\_3x1000\\_from3 goodness\\_every\\_label" 1.95 0 1.31
"recurrent\\_3x1000\\_from3 one\\_pass\\_softmax" 1.89 0 1.31
"recurrent\\_3x1000\\_label3 goodness\\_every\\_label" 1.74 0 1.31
"recurrent\\_3x1000\\_label3 one\\_pass\\_softmax" 1.95 0 1.31
"recurrent\\_3x2000\\_label3 goodness\\_every\\_label" 1.49 0 1.31
"recurrent\\_3x2000\\_label3 one\\_pass\\_softmax" 1.53 0 1.31
"supervised\\_4x2000 goodness\\_every\\_label" 1.65 0 1.36
"supervised\\_4x2000 one\\_pass\\_softmax" 1.61 0 1.36
"supervised\\_4x2000\\_hard goodness\\_every\\_label" 1.44 0 1.36
"supervised\\_4x2000\\_hard one\\_pass\\_softmax" 1.47 0 1.36
"unsupervised\\_hybrid\\_4x2000 linear\\_readout" 1.56 0 1.37
"unsupervised\\_hybrid\\_lc linear\\_readout" 1.8 0 1.16
EOD
set terminal svg size 900,558 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'mnist\_ff: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [16.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.053:2.247]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,558 font 'Helvetica,10'
set output 'errors.png'
set title 'mnist\_ff: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [16.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.053:2.247]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,2.91in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'mnist\_ff: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [16.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.053:2.247]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
